package org.mirsad.outlets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mirsad.model.PageSignal;
import org.mirsad.resources.TsvResource;
import org.mirsad.text.FoldedPhrases;
import org.mirsad.text.Lines;

/**
 * Finds the marks on a page's text that name its outlet: the signatures of {@code signatures.tsv}
 * (site markers, bylines, layout habits) and source lines such as {@code المصدر: العربية}, which may be
 * glued to the word before them ({@code أذربيجانالمصدر: العربية}, seed 004). Runs on the whole page
 * because the segmenter drops these lines as noise.
 */
public final class OutletDetector {

    /** المصدر ("the source"): the word {@link #SOURCE_LINE} opens with. */
    private static final String SOURCE_WORD = "المصدر";
    /** "المصدر:" then the outlet's name; the name is looked up in the outlet table. */
    private static final Pattern SOURCE_LINE = Pattern.compile("المصدر\\s*[:：]\\s*(\\S[^|،,\\-–(]*)");

    private final OutletTable table;
    private final List<Signature> signatures;
    /**
     * The folded phrases of the {@code contains} signatures, looked for in one pass over each line ({@link
     * FoldedPhrases}) instead of one search per signature, which was a fifth of the page steps' CPU.
     */
    private final FoldedPhrases phrases;
    /** Per signature, its phrase's index in {@link #phrases}, or -1 for a signature of another kind. */
    private final int[] phraseOf;
    /** The index in {@link #phrases} of {@link #SOURCE_WORD}: a line that holds it is tried as a source line. */
    private final int sourcePhrase;

    public OutletDetector(OutletTable table) {
        this.table = table;
        List<Signature> list = new ArrayList<>();
        for (String[] r : TsvResource.rows(OutletDetector.class, "signatures.tsv")) {
            if (table.byName(r[0]).isEmpty()) {
                throw new IllegalStateException("signatures.tsv names an outlet not in outlets.tsv: " + r[0]);
            }
            list.add(Signature.of(r[0], r[1], r[2], Double.parseDouble(r[3]), "yes".equals(r[4])));
        }
        this.signatures = List.copyOf(list);
        List<String> contained = new ArrayList<>();
        this.phraseOf = new int[signatures.size()];
        for (int k = 0; k < phraseOf.length; k++) {
            Signature s = signatures.get(k);
            if (s.kind() == Signature.Kind.CONTAINS) {
                if (!contained.contains(s.folded())) {
                    contained.add(s.folded());
                }
                phraseOf[k] = contained.indexOf(s.folded());
            } else {
                phraseOf[k] = -1;
            }
        }
        if (!contained.contains(SOURCE_WORD)) {
            contained.add(SOURCE_WORD);
        }
        this.sourcePhrase = contained.indexOf(SOURCE_WORD);
        if (contained.size() > Long.SIZE) {
            throw new IllegalStateException("signatures.tsv: more than " + Long.SIZE + " contains phrases, a bit each");
        }
        this.phrases = new FoldedPhrases(contained);
    }

    /** The detector over the shipped tables. */
    public static OutletDetector standard() {
        return Holder.STANDARD;
    }

    /** Every outlet mark in {@code text}, with its 1-based line, in page order. */
    public List<PageSignal> detect(String text) {
        List<PageSignal> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        String[] lines = Lines.split(text);
        // each line folded into one array, read in place: a string of its folded form is made only for a line
        // that holds the source word (the folded line was a fifth of the page steps' allocation)
        char[] folded = new char[128];
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            if (raw.isBlank()) {
                continue;
            }
            if (folded.length < raw.length()) {
                folded = new char[Math.max(raw.length(), 2 * folded.length)];
            }
            char[] chars = folded;
            int length = Signature.foldInto(raw, chars);
            if (length < 0) {
                chars = Signature.foldWhole(raw).toCharArray();
                length = chars.length;
            }
            long contained = containedPhrases(chars, length);
            for (int k = 0; k < phraseOf.length; k++) {
                Signature s = signatures.get(k);
                if (phraseOf[k] >= 0 ? (contained & 1L << phraseOf[k]) != 0 : s.matches(raw, chars, length)) {
                    out.add(new PageSignal(s.outlet(), i + 1, raw.strip(), s.weight(), s.trailing()));
                }
            }
            if ((contained & 1L << sourcePhrase) != 0) {
                int line = i + 1;
                sourceLine(new String(chars, 0, length))
                        .ifPresent(o -> out.add(new PageSignal(o, line, raw.strip(), 1, true)));
            }
        }
        return out;
    }

    /** A bit per phrase of {@link #phrases} the folded line (its first {@code length} chars) contains. */
    private long containedPhrases(char[] folded, int length) {
        long bits = 0;
        for (long hit : phrases.find(folded, length, 0)) {
            bits |= 1L << FoldedPhrases.index(hit);
        }
        return bits;
    }

    /**
     * The outlet a source line names, trying the longest run of words first ("العربية نت - دبي");
     * {@code line} is in matching form, so that diacritics do not hide the word المصدر.
     */
    Optional<String> sourceLine(String line) {
        if (!line.contains(SOURCE_WORD)) {
            return Optional.empty(); // nearly every line of every page: one vectorised search, no matcher
        }
        Matcher m = SOURCE_LINE.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        String[] words = m.group(1).strip().split("\\s+");
        for (int n = Math.min(words.length, 4); n > 0; n--) {
            Optional<Outlet> o = table.byName(String.join(" ", Arrays.copyOf(words, n)));
            if (o.isPresent()) {
                return Optional.of(o.get().name());
            }
        }
        return Optional.empty();
    }

    private static final class Holder {
        static final OutletDetector STANDARD = new OutletDetector(OutletTable.standard());
    }
}
