package org.mirsad.agencies;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mirsad.resources.TsvResource;
import org.mirsad.text.ArabicNormalizer;
import org.mirsad.text.Chars;

/**
 * Finds the news agencies a text cites, from the agency table ({@code agencies.tsv}): one regular
 * expression over the matching form of the text, every spelling an alternative (longest first, so
 * that {@code وكالة أنباء الشرق الأوسط} wins over shorter names at the same place), with the clitics
 * و ف ب ل ك and an opening quote allowed in front ({@code بـ«رويترز»}, {@code لوكالة}) and a word
 * boundary behind. Thread-safe.
 */
public final class AgencyMatcher {

    private static final String CLITICS = "(?:[وف]?[بلك]?)";
    private static final String OPEN_QUOTE = "[«\"“'‘]?";
    private static final String NOT_WORD = "[\\p{L}\\p{N}]";
    /** Characters that open a credit: a bracket, a quote, a dash or slash of a byline. */
    private static final String CREDIT_OPEN = "([«\"“'‘-–—/:،";
    private static final String CREDIT_CLOSE = ")]»\"”'’-–—/:،.؛";
    /** ل before the article ال fuses into لل (للأناضول); undone before matching. */
    /** وكالة in matching form: "agency", which makes the next name an agency's. */
    private static final String AGENCY_WORD = "وكاله";
    private static final Pattern LAM_LAM = Pattern.compile("(?<![\\p{L}\\p{N}])([وف]?)لل(?=\\p{L})");

    private static final int CONTEXT = 30;
    /** How many characters of a spelling gate the full pattern: four tell most names from common words. */
    private static final int OPENING = 4;

    private final List<Alternative> alternatives;
    private final Pattern pattern;
    /** the first {@value #OPENING} characters of every spelling (space for a space or dot), or all of a shorter one */
    private final long[] openings;
    /**
     * Which characters open a spelling, and the first two characters of every spelling of two or more,
     * packed and sorted: most word starts share neither, and are turned away after one or two characters
     * instead of a binary search at every opening length.
     */
    private final boolean[] firstChars = new boolean[Character.MAX_VALUE + 1];
    private final long[] firstPairs;

    private record Alternative(String agency, boolean creditOnly) {
    }

    public AgencyMatcher(List<Agency> agencies) {
        record Spelling(String agency, boolean creditOnly, String regex, int length) {
        }
        List<Spelling> all = new ArrayList<>();
        Set<Long> openings = new HashSet<>();
        Set<Long> pairs = new HashSet<>();
        for (Agency a : agencies) {
            a.spellings().forEach(s -> all.add(new Spelling(a.name(), false, regexOf(s), fold(s).length())));
            a.creditSpellings().forEach(s -> all.add(new Spelling(a.name(), true, regexOf(s), fold(s).length())));
            Stream.concat(a.spellings().stream(), a.creditSpellings().stream())
                    .forEach(s -> openings.add(opening(fold(s).strip(), 0, OPENING)));
            Stream.concat(a.spellings().stream(), a.creditSpellings().stream()).forEach(s -> {
                PackedOpening p = new PackedOpening(fold(s).strip(), 0);
                if (p.next()) {
                    firstChars[(int) p.packed] = true;
                    if (p.next()) {
                        pairs.add(p.packed);
                    }
                }
            });
        }
        // sorted, for a binary search with no boxing: mayStartAt asks at every word start
        this.openings = openings.stream().mapToLong(Long::longValue).sorted().toArray();
        this.firstPairs = pairs.stream().mapToLong(Long::longValue).sorted().toArray();
        all.sort(Comparator.comparingInt(Spelling::length).reversed());
        StringBuilder re = new StringBuilder("(?<!" + NOT_WORD + ")" + CLITICS + OPEN_QUOTE + "(?:");
        List<Alternative> alts = new ArrayList<>();
        for (Spelling s : all) {
            re.append(alts.isEmpty() ? "" : "|").append('(').append(s.regex()).append(')');
            alts.add(new Alternative(s.agency(), s.creditOnly()));
        }
        re.append(")(?!" + NOT_WORD + ")");
        this.alternatives = List.copyOf(alts);
        this.pattern = Pattern.compile(re.toString());
    }

    /** The matcher over the shipped table. */
    public static AgencyMatcher standard() {
        return Holder.STANDARD;
    }

    /** The agencies of {@code agencies.tsv}. */
    public static List<Agency> table() {
        List<Agency> list = new ArrayList<>();
        for (String[] r : TsvResource.rows(AgencyMatcher.class, "agencies.tsv")) {
            list.add(new Agency(r[0], TsvResource.items(r[1]), TsvResource.items(r[2]), r[3]));
        }
        return list;
    }

    /** The agencies cited in {@code texts}, read in order, each named once, in order of first mention. */
    public List<String> find(List<String> texts) {
        LinkedHashSet<String> found = new LinkedHashSet<>();
        for (String t : texts) {
            found.addAll(find(t));
        }
        return List.copyOf(found);
    }

    /** The agencies cited in one text (a paragraph, a caption, a credit), in order of first mention. */
    public List<String> find(String text) {
        LinkedHashSet<String> found = new LinkedHashSet<>();
        mentions(text).forEach(m -> found.add(m.agency()));
        return List.copyOf(found);
    }

    /**
     * Every agency mention in {@code text} in order, with the words around it (in matching form), for
     * reviewing what the table matches on real text.
     */
    public List<Mention> mentions(String text) {
        List<Mention> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        String t = fold(text);
        Matcher m = pattern.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        int n = t.length();
        int from = 0;
        // one alternation of every spelling is slow to try at every character: try it only where a word
        // starts and one of the next few characters opens a known spelling (clitics and a quote may come first)
        for (int p = 0; p < n; p++) {
            if (p < from || !mayStartAt(t, p)) {
                continue;
            }
            m.region(p, n);
            if (!m.lookingAt()) {
                continue;
            }
            for (int g = 1; g <= alternatives.size(); g++) {
                if (m.start(g) >= 0) {
                    Alternative a = alternatives.get(g - 1);
                    if (!a.creditOnly() || inCredit(t, m.start(g), m.end(g))) {
                        out.add(new Mention(a.agency(), t.substring(Math.max(0, m.start() - CONTEXT), m.start()),
                                m.group(), t.substring(m.end(), Math.min(t.length(), m.end() + CONTEXT))));
                    }
                    break;
                }
            }
            from = Math.max(m.end(), p + 1);
        }
        return out;
    }

    /** Whether a match could start at {@code p}: a word starts there and a spelling opens within 3 characters. */
    private boolean mayStartAt(String t, int p) {
        if (p > 0 && Character.isLetterOrDigit(t.charAt(p - 1))) {
            return false;
        }
        for (int q = p; q <= p + 3 && q < t.length(); q++) {
            if (opensSpelling(t, q)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@link #opening} of 2 to {@value #OPENING} characters at {@code at} is a spelling's opening;
     * the openings are packed a character at a time, each longer one from the shorter (when the text ends
     * first, every longer opening equals the last one packed).
     */
    private boolean opensSpelling(String s, int at) {
        PackedOpening p = new PackedOpening(s, at);
        while (p.count < OPENING && p.next()) {
            if (p.count == 1 && !firstChars[(int) p.packed]
                    || p.count == 2 && Arrays.binarySearch(firstPairs, p.packed) < 0) {
                return false; // no spelling opens so: neither a longer opening nor a one-character spelling
            }
            if (p.count >= 2 && Arrays.binarySearch(openings, p.packed) >= 0) {
                return true;
            }
        }
        return p.count < 2 && Arrays.binarySearch(openings, p.packed) >= 0;
    }

    /** Up to {@code length} characters from {@code at}, packed as {@link PackedOpening} reads them. */
    private static long opening(String s, int at, int length) {
        PackedOpening p = new PackedOpening(s, at);
        while (p.count < length && p.next()) {
            // packs one more character
        }
        return p.packed;
    }

    /**
     * A text's characters from a position packed 16 bits each into a long (no string is made: this runs
     * at every word), a run of spaces and dots read as one space (أ ف ب, أ.ف.ب, as the spelling's pattern
     * allows).
     */
    private static final class PackedOpening {
        private final String text;
        private int i;
        private char last;
        long packed;
        int count;

        PackedOpening(String text, int at) {
            this.text = text;
            this.i = at;
        }

        /** Packs the next character; false at the end of the text. */
        boolean next() {
            for (; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || c == '.') {
                    if (count == 0 || last == ' ') {
                        continue;
                    }
                    c = ' ';
                }
                packed = packed << 16 | c;
                last = c;
                count++;
                i++;
                return true;
            }
            return false;
        }
    }

    /** One mention: the agency, the words before, the words as matched, the words after. */
    public record Mention(String agency, String before, String matched, String after) {
    }

    /**
     * Whether the name at {@code [start, end)} stands as a credit: right after the word وكالة
     * ("agency"), or opened by a bracket, quote, dash or the start of the text and closed by a bracket,
     * quote, dash, colon or the end of the text (a line break counts as start or end).
     */
    static boolean inCredit(String t, int start, int end) {
        int b = start - 1;
        while (b >= 0 && isSpace(t.charAt(b))) {
            b--;
        }
        if (b >= 0 && t.startsWith(AGENCY_WORD, b + 1 - AGENCY_WORD.length())) {
            return true;
        }
        boolean opened = b < 0 || isLineBreak(t.charAt(b)) || CREDIT_OPEN.indexOf(t.charAt(b)) >= 0;
        int a = end;
        while (a < t.length() && isSpace(t.charAt(a))) {
            a++;
        }
        boolean closed = a >= t.length() || isLineBreak(t.charAt(a)) || CREDIT_CLOSE.indexOf(t.charAt(a)) >= 0;
        return opened && closed;
    }

    /** Space within a line; a line break ends a credit like the end of the text. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) && !isLineBreak(c);
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    /**
     * The matching form: ArabicNormalizer's, lower case (for Latin names), with a word-initial لل
     * written لال so that ل + الأناضول (للأناضول) reads as the clitic and the name.
     */
    static String fold(String s) {
        String lower = Chars.toLowerCase(ArabicNormalizer.normalize(s));
        // most texts have no لل at all: skip the search, with its look-behind at every character
        return lower.contains("لل") ? LAM_LAM.matcher(lower).replaceAll("$1لال") : lower;
    }

    /**
     * A spelling as a regular expression: words joined by any run of spaces; an abbreviation of
     * single letters (أ ف ب, أ.ف.ب) with dots or spaces between its letters (one at least: اب is the month آب, not AP).
     */
    static String regexOf(String spelling) {
        String f = fold(spelling).strip();
        String[] parts = f.split("[\\s.]+");
        boolean letters = parts.length > 1;
        for (String p : parts) {
            letters &= p.length() == 1;
        }
        List<String> quoted = new ArrayList<>();
        for (String p : parts) {
            quoted.add(Pattern.quote(p));
        }
        return String.join(letters ? "[\\s.]+" : "\\s+", quoted);
    }

    private static final class Holder {
        static final AgencyMatcher STANDARD = new AgencyMatcher(table());
    }
}
