package org.mirsad.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.mirsad.resources.TsvResource;
import org.mirsad.text.FoldedPhrases;
import org.mirsad.text.LinePattern;

/**
 * Known boilerplate of Arabic news pages, from the data file {@code boilerplate.tsv}: what a line is
 * when it is not article text (noise, a "read also" line, a site marker, the date line).
 */
public final class BoilerplateTable {

    private record Rule(LineKind kind, Match match, String pattern, LinePattern regex) {
    }

    /**
     * How a rule's pattern is matched: the table's {@code line}, {@code prefix}, {@code regex}. An enum, not the
     * table's word: every line of every page is held against every rule, and a switch on a string hashed and
     * compared the word for each (a tenth of the segmenter's CPU went to walking the rules).
     */
    private enum Match { LINE, PREFIX, REGEX }

    /** المصدر ("the source"): the word {@link #TRAILING_SOURCE} opens with, as written. */
    private static final String SOURCE_WORD = "المصدر";
    private static final Pattern TRAILING_SOURCE = Pattern.compile("المصدر\\s*:\\s*([^\\s\"«»“”:.،,]+(?:\\s+[^\\s\"«»“”:.،,]+){0,2})\\s*$");

    private final Rule[] rules;

    /**
     * The NOISE prefix rules of at least {@value #MIN_GLUED_PHRASE} letters, in table order: the phrases
     * {@link #stripGluedTail} looks for glued to a line's tail.
     */
    private final FoldedPhrases gluedPhrases;

    private BoilerplateTable(List<Rule> rules) {
        this.rules = rules.toArray(new Rule[0]);
        this.gluedPhrases = new FoldedPhrases(rules.stream()
                .filter(r -> r.kind() == LineKind.NOISE && r.match() == Match.PREFIX && r.pattern().length() >= MIN_GLUED_PHRASE)
                .map(Rule::pattern).toList());
    }

    /** The table shipped with Mirsad. */
    public static BoilerplateTable standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final BoilerplateTable STANDARD = parse(TsvResource.lines(BoilerplateTable.class, "boilerplate.tsv"));
    }

    static BoilerplateTable parse(List<String> rows) {
        List<Rule> rules = new ArrayList<>();
        for (String row : rows) {
            String[] cols = row.split("\t");
            if (cols.length != 3) {
                throw new IllegalStateException("boilerplate.tsv: expected kind<TAB>match<TAB>pattern in: " + row);
            }
            LineKind kind = LineKind.valueOf(cols[0]);
            String match = cols[1];
            switch (match) {
                case "line" -> rules.add(new Rule(kind, Match.LINE, LineText.key(cols[2]), null));
                case "prefix" -> rules.add(new Rule(kind, Match.PREFIX, LineText.key(cols[2]), null));
                case "regex" -> rules.add(new Rule(kind, Match.REGEX, cols[2],
                        LinePattern.compile(cols[2], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
                default -> throw new IllegalStateException("boilerplate.tsv: unknown match '" + match + "' in: " + row);
            }
        }
        return new BoilerplateTable(rules);
    }

    /** How many rules the table holds (for the test that it loads). */
    public int size() {
        return rules.length;
    }

    /** The kind of a line by this table: a rule's kind, or {@link LineKind#TEXT} (BLANK for a line with nothing visible: spaces, no-break spaces, bidi marks, bullets). */
    public LineKind classify(String line) {
        return classifyKey(LineText.key(line));
    }

    /** {@link #classify} of a line whose {@link LineText#key} is already at hand. */
    LineKind classifyKey(String key) {
        if (key.isEmpty()) {
            return LineKind.BLANK;
        }
        for (Rule r : rules) {
            boolean hit = switch (r.match()) {
                case LINE -> key.equals(r.pattern());
                case PREFIX -> key.startsWith(r.pattern())
                        && (key.length() == r.pattern().length() || !Character.isLetter(key.charAt(r.pattern().length())));
                case REGEX -> r.regex().foundIn(key);
            };
            if (hit) {
                return r.kind();
            }
        }
        return LineKind.TEXT;
    }

    /**
     * The line without a known boilerplate phrase glued to its tail with no line break
     * ({@code someone@mail.comللتواصل مع الكاتب …}, SaudiNewsNet): the tail from the first NOISE
     * prefix rule of at least {@value #MIN_GLUED_PHRASE} letters found after the line's start, when
     * the tail is noise by this table.
     */
    public String stripGluedTail(String line) {
        return stripGluedTail(line, new FoldedText(line));
    }

    /** {@link #stripGluedTail(String)} of a line whose {@link FoldedText} is at hand. */
    String stripGluedTail(String line, FoldedText text) {
        // the first place of each glued phrase, in rule order: the first whose tail is noise cuts
        long[] hits = gluedPhrases.find(text.chars(), text.length(), 1);
        for (int k = 0; k < hits.length; k++) {
            if (k > 0 && FoldedPhrases.index(hits[k]) == FoldedPhrases.index(hits[k - 1])) {
                continue; // a phrase's later places: only its first is tried
            }
            int at = FoldedPhrases.place(hits[k]);
            String tail = line.substring(text.origin(at));
            if (classify(tail) == LineKind.NOISE) {
                return line.substring(0, text.origin(at)).strip();
            }
        }
        return stripTrailingSource(line);
    }

    static final int MIN_GLUED_PHRASE = 8;

    /**
     * The line without a source line glued to its end ({@code …أذربيجانالمصدر: العربية}): a source
     * name of one to three words, no quote, no sentence mark after it, glued to the last word or
     * after a finished sentence (so that {@code قال المصدر: مسؤول} in prose stays).
     */
    public static String stripTrailingSource(String line) {
        if (!line.contains(SOURCE_WORD)) {
            return line; // nearly every line: one vectorised search, no matcher
        }
        var m = TRAILING_SOURCE.matcher(line);
        if (!m.find() || m.start() == 0) {
            return line;
        }
        String before = line.substring(0, m.start());
        boolean glued = Character.isLetter(before.charAt(before.length() - 1));
        if (glued || LineText.endsWithSentenceMark(before)) {
            return before.strip();
        }
        return line;
    }
}
