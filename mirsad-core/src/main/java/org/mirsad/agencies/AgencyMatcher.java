package org.mirsad.agencies;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
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
    /** وكالة in matching form: "agency", which makes the next name an agency's. */
    private static final String AGENCY_WORD = "وكاله";

    private static final int CONTEXT = 30;

    private final List<Alternative> alternatives;
    private final Pattern pattern;
    /**
     * Every spelling (space for a run of spaces or dots) as a trie walked a character at a time: most word
     * starts are turned away at their first or second character, with one probe each, and the pattern is
     * only tried where a whole spelling stands with no letter or number after it. (A gate of the first four
     * characters let through 52 times as many places as the pattern then matched: الان… opens الأناضول.)
     */
    private final SpellingTrie spellings = new SpellingTrie();

    private record Alternative(String agency, boolean creditOnly) {
    }

    public AgencyMatcher(List<Agency> agencies) {
        record Spelling(String agency, boolean creditOnly, String regex, int length) {
        }
        List<Spelling> all = new ArrayList<>();
        for (Agency a : agencies) {
            a.spellings().forEach(s -> all.add(new Spelling(a.name(), false, regexOf(s), fold(s).length())));
            a.creditSpellings().forEach(s -> all.add(new Spelling(a.name(), true, regexOf(s), fold(s).length())));
            Stream.concat(a.spellings().stream(), a.creditSpellings().stream())
                    .forEach(s -> spellings.add(fold(s).strip()));
        }
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
        return mentions(text, true);
    }

    /** {@link #mentions(String)}; without the gate ({@code gated} false) the pattern is tried at every char, as a test compares. */
    List<Mention> mentions(String text, boolean gated) {
        List<Mention> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        Folding f = Folding.of(text);
        char[] c = f.chars;
        int n = f.length;
        String t = null; // the matching form as a string, made with the matcher
        Matcher m = null; // made at the first place the gate lets through: most texts have none
        int from = 0;
        // one alternation of every spelling is slow to try at every character: try it only where a word
        // starts and a whole known spelling stands there (clitics and a quote may come first)
        for (int p = 0; p < n; p++) {
            if (p < from || gated && !mayStartAt(c, n, p)) {
                continue;
            }
            if (m == null) {
                t = new String(c, 0, n);
                m = pattern.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
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

    /**
     * Whether a match could start at {@code p}: a word starts there and a whole spelling stands where the
     * pattern lets one start, after the clitics and the opening quote it allows ({@link #CLITICS},
     * {@link #OPEN_QUOTE}), which are all the places the pattern could find one.
     */
    private boolean mayStartAt(char[] t, int n, int p) {
        if (p > 0 && Chars.isLetterOrDigit(t[p - 1])) {
            return false;
        }
        int conjunction = isConjunction(t[p]) ? 1 : 0;
        for (int c1 = 0; c1 <= conjunction; c1++) {
            int afterConjunction = p + c1;
            int preposition = afterConjunction < n && isPreposition(t[afterConjunction]) ? 1 : 0;
            for (int c2 = 0; c2 <= preposition; c2++) {
                int q = afterConjunction + c2;
                if (q >= n) {
                    continue;
                }
                if (spellings.standsAt(t, n, q) || isOpenQuote(t[q]) && q + 1 < n && spellings.standsAt(t, n, q + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isConjunction(char c) {
        return c == '\u0648' || c == '\u0641';
    }

    private static boolean isPreposition(char c) {
        return c == '\u0628' || c == '\u0644' || c == '\u0643';
    }

    private static boolean isOpenQuote(char c) {
        return c == '«' || c == '"' || c == '“' || c == '\'' || c == '‘';
    }

    /**
     * The spellings in a trie whose edges are kept in one open-addressing table keyed by node and character
     * (no boxing, no string made: it is asked at every word). A text is read as the spelling patterns read
     * it: leading spaces and dots skipped, a run of spaces and dots as one space (أ ف ب, أ.ف.ب); so wherever
     * the pattern matches a spelling, this reading of the text walks that spelling's path to its end.
     */
    private static final class SpellingTrie {
        private long[] keys = new long[256];
        private int[] children = new int[256];
        private int edges;
        private boolean[] end = new boolean[64];
        private int nodes = 1;
        /**
         * The root's children for the chars below {@link #ROOT_CHARS} (0: none), read directly: every place
         * asked starts at the root, and most are turned away there.
         */
        private final int[] rootChildren = new int[ROOT_CHARS];
        private static final int ROOT_CHARS = 0x700;
        /** whether some spelling's first char is a dot (its pattern may then start at a dot or a space) */
        private boolean opensWithDot;

        void add(String spelling) {
            opensWithDot |= spelling.startsWith(".");
            int node = 0;
            Reader r = new Reader(spelling.toCharArray(), spelling.length(), 0);
            for (int c = r.next(); c >= 0; c = r.next()) {
                int child = child(node, c);
                if (child < 0) {
                    child = newChild(node, c);
                }
                node = child;
            }
            end[node] = true;
        }

        /**
         * Whether a whole spelling is read from {@code at} with no letter or number right after it (the
         * pattern's {@code (?!…)} after the name): false only where the pattern cannot match a spelling there.
         */
        boolean standsAt(char[] text, int n, int at) {
            char first = text[at];
            boolean skipped = first == '.' || Chars.isWhitespace(first);
            // a place at a space or a dot: the reading would skip to the next word, which is asked at its own
            // place, and the pattern's match opens with a spelling's first char, which is neither (unless a
            // spelling opens with a dot); elsewhere the root's children answer most places at once
            if (skipped ? !opensWithDot : first < ROOT_CHARS && rootChildren[first] == 0) {
                return false;
            }
            Reader r = new Reader(text, n, at);
            int node = 0;
            for (int c = r.next(); c >= 0; c = r.next()) {
                node = child(node, c);
                if (node < 0) {
                    return false;
                }
                if (end[node] && (r.i >= n || !isLetterOrNumber(Character.codePointAt(text, r.i, n)))) {
                    return true;
                }
            }
            return false;
        }

        private int child(int node, int c) {
            long key = key(node, c);
            int mask = keys.length - 1;
            for (int i = slot(key, mask); ; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return children[i];
                }
                if (keys[i] == 0) {
                    return -1;
                }
            }
        }

        private int newChild(int node, int c) {
            if ((edges + 1) * 2 > keys.length) {
                long[] oldKeys = keys;
                int[] oldChildren = children;
                keys = new long[oldKeys.length * 2];
                children = new int[oldKeys.length * 2];
                for (int i = 0; i < oldKeys.length; i++) {
                    if (oldKeys[i] != 0) {
                        put(oldKeys[i], oldChildren[i]);
                    }
                }
            }
            int child = nodes++;
            if (child >= end.length) {
                end = Arrays.copyOf(end, end.length * 2);
            }
            put(key(node, c), child);
            edges++;
            if (node == 0 && c < ROOT_CHARS) {
                rootChildren[c] = child;
            }
            return child;
        }

        private void put(long key, int child) {
            int mask = keys.length - 1;
            int i = slot(key, mask);
            while (keys[i] != 0) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            children[i] = child;
        }

        /** Never 0 (the empty slot): the character is stored plus one. */
        private static long key(int node, int c) {
            return (long) node << 17 | (c + 1);
        }

        private static int slot(long key, int mask) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32)) & mask;
        }
    }

    /**
     * The first {@code n} characters of a text from a position, leading spaces and dots skipped, a run of them
     * read as one space.
     */
    private static final class Reader {
        private final char[] text;
        private final int n;
        private int i;
        private char last;
        private boolean started;

        Reader(char[] text, int n, int at) {
            this.text = text;
            this.n = n;
            this.i = at;
        }

        /** The next character, or -1 at the end of the text. */
        int next() {
            for (; i < n; i++) {
                char c = text[i];
                if (Chars.isWhitespace(c) || c == '.') {
                    if (!started || last == ' ') {
                        continue;
                    }
                    c = ' ';
                }
                last = c;
                started = true;
                i++;
                return c;
            }
            return -1;
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
        return lamLam(ArabicNormalizer.lowerMatchingForm(s, 0, s.length()));
    }

    /**
     * ل before the article ال fuses into لل (للأناضول), undone before matching:
     * {@code s.replaceAll("(?<![\\p{L}\\p{N}])([وف]?)لل(?=\\p{L})", "$1لال")} without the regular expression, whose look-behind ran
     * at every char of nearly every text (لل is in most paragraphs): the same matches, left to right, each
     * search going on after the last match. A match starts where the char before is no letter or number
     * (a char: the pattern's look-behind reads one), takes و or ف if one stands before the لل, and needs a
     * letter (a code point: the look-ahead reads one) after it.
     */
    static String lamLam(String s) {
        if (s.indexOf("\u0644\u0644") < 0) {
            return s;
        }
        char[] out = new char[s.length() * 3 / 2 + 1];
        return new String(out, 0, lamLam(s.toCharArray(), s.length(), out, 0));
    }

    /**
     * {@link #lamLam(String)} of the first {@code n} chars of {@code s}, written into {@code out} (room for
     * {@code n * 3 / 2 + 1} chars: each match writes three chars for two); the length written. The search starts
     * at {@code from}, before which no لل may stand but at {@code from + 1}: no match starts earlier.
     */
    static int lamLam(char[] s, int n, char[] out, int from) {
        int copied = 0;
        int len = 0;
        for (int i = from; i + 1 < n; ) {
            char c = s[i];
            int lam = isConjunction(c) ? i + 1 : i;
            if (lam + 2 < n && s[lam] == '\u0644' && s[lam + 1] == '\u0644'
                    && Character.isLetter(Character.codePointAt(s, lam + 2, n)) && (i == 0 || !isLetterOrNumber(s[i - 1]))) {
                System.arraycopy(s, copied, out, len, lam - copied);
                len += lam - copied;
                out[len++] = '\u0644';
                out[len++] = '\u0627';
                out[len++] = '\u0644';
                copied = lam + 2;
                i = copied;
            } else {
                i++;
            }
        }
        System.arraycopy(s, copied, out, len, n - copied);
        return len + n - copied;
    }

    /**
     * A text's matching form ({@link #fold}) written into chars kept by each thread: nearly every text names no
     * agency, and the gate ({@link #mayStartAt}) reads the chars, so the form becomes a string only where the
     * pattern is tried. Folding made two strings of every text (the lower-case matching form, then {@link #lamLam}'s
     * copy), 2% of the bytes the analysis allocates.
     */
    private static final class Folding {
        private static final ThreadLocal<Folding> OF_THREAD = ThreadLocal.withInitial(Folding::new);
        private char[] lower = new char[256];
        private char[] folded = new char[256 * 3 / 2 + 1];
        /** the matching form of the text last folded, in its first {@link #length} chars */
        char[] chars;
        int length;

        /** The thread's folding of {@code text}, until its next call. */
        static Folding of(String text) {
            Folding f = OF_THREAD.get();
            int n = text.length();
            if (f.lower.length < n) {
                f.lower = new char[n];
                f.folded = new char[n * 3 / 2 + 1];
            }
            char[] lower = f.lower;
            // ArabicNormalizer.lowerMatchingForm a char at a time, the chars copied out at once and folded in place
            text.getChars(0, n, lower, 0);
            int len = 0;
            int lamLam = -1; // where the first لل stands in the folded chars
            for (int i = 0; i < n; i++) {
                int lc = ArabicNormalizer.caselessFoldedLower(lower[i]);
                if (lc < 0) {
                    if (lc == ArabicNormalizer.CASED) {
                        String t = fold(text); // NFKC or a cased letter beyond ASCII: the string's own way
                        f.chars = t.toCharArray();
                        f.length = t.length();
                        return f;
                    }
                    continue; // a mark
                }
                if (lc == '\u0644' && lamLam < 0 && len > 0 && lower[len - 1] == '\u0644') {
                    lamLam = len - 1;
                }
                lower[len++] = (char) lc;
            }
            if (lamLam < 0) {
                f.chars = lower; // no لل: the folded chars are the matching form
                f.length = len;
            } else {
                // the chars before the first لل are copied as they stand, with no char loop
                f.chars = f.folded;
                f.length = lamLam(lower, len, f.folded, Math.max(0, lamLam - 1));
            }
            return f;
        }
    }

    /** The matching form the gate and the pattern read ({@link Folding}), as a string: what {@link #fold} gives. */
    static String folded(String text) {
        Folding f = Folding.of(text);
        return new String(f.chars, 0, f.length);
    }

    /** {@code [\\p{L}\\p{N}]} of one char or code point. */
    private static boolean isLetterOrNumber(int c) {
        if (c <= Character.MAX_VALUE ? Chars.isLetterOrDigit((char) c) : Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
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
