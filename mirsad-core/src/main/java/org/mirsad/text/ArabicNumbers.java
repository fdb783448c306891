package org.mirsad.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.mirsad.resources.TsvResource;

/**
 * Arabic numbers: digits (ASCII, Arabic-Indic, Extended), number words, cardinal and ordinal,
 * masculine and feminine, with the clitics و and ال ({@code والعشرين}, {@code الثالثة عشرة}).
 *
 * <p>Word numbers follow Arabic order: units before tens ({@code خمسة وعشرون} = 25), hundreds first
 * ({@code خمسمائة وخمسة وعشرون} = 525), a scale word multiplies what precedes it
 * ({@code ثلاثة آلاف}, {@code 10 آلاف}). The words are data: {@code number-words.tsv}.
 * Coverage is measured on Duckling's Arabic numeral and ordinal corpora (docs/dates.md).
 */
public final class ArabicNumbers {

    /** ARABIC DECIMAL SEPARATOR and ARABIC THOUSANDS SEPARATOR. */
    public static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
    public static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';

    /** The word that reads a decimal point aloud: {@code واحد فاصلة واحد} = 1.1. */
    private static final String DECIMAL_WORD = "فاصله";
    private static final String CONJUNCTION = "و";
    private static final String ARTICLE = "ال";

    private static final Pattern DECIMAL = Pattern.compile("-?(\\d+|\\d*\\.\\d+)");
    private static final Pattern FRACTION = Pattern.compile("(-?\\d+)/(\\d+)");

    enum Kind { UNIT, TEN, TENS, HUNDREDS, SCALE, DUAL_SCALE, ORDINAL }

    record Word(long value, Kind kind) {
    }

    private static final Map<String, Word> WORDS = load();

    /**
     * A number found in a sequence of words.
     *
     * @param value   its value
     * @param end     the index after its last word
     * @param ordinal whether it was written as an ordinal (الثالث, الحادي والعشرين, اول)
     */
    public record Match(long value, int end, boolean ordinal) {
    }

    private ArabicNumbers() {
    }

    /** How many words the lexicon holds (for its load test). */
    static int lexiconSize() {
        return WORDS.size();
    }

    /**
     * The longest number starting at {@code words[from]}; words must be in
     * {@link ArabicNormalizer#normalize matching form}, one word or digit run each. Digit runs stand
     * alone (two digit numbers joined by و stay two numbers: بين 1988 و1994).
     */
    public static Optional<Match> match(List<String> words, int from) {
        return match(words, from, true);
    }

    /** Like {@link #match} but one term only: {@code الرابعة} of {@code الرابعة وأربعون دقيقة}. */
    public static Optional<Match> matchSingle(List<String> words, int from) {
        return match(words, from, false);
    }

    /**
     * Whether a number may start at {@code word} when it is not a digit run: it is a number word as written,
     * without its conjunction و or article ال ({@link #match} finds nothing at any other word).
     */
    public static boolean isNumberWord(String word) {
        return lookup(word) != null;
    }

    /** The cardinal value of a whole text (digits, decimals, fractions, words), if it is one number. */
    public static Optional<BigDecimal> parse(String text) {
        String s = ArabicNormalizer.normalize(text).trim()
                .replace(ARABIC_DECIMAL_SEPARATOR, '.')
                .replace(String.valueOf(ARABIC_THOUSANDS_SEPARATOR), "")
                .replace(",", "");
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (DECIMAL.matcher(s).matches()) {
            return Optional.of(new BigDecimal(s));
        }
        var fraction = FRACTION.matcher(s);
        if (fraction.matches() && !fraction.group(2).matches("0+")) {
            return Optional.of(new BigDecimal(fraction.group(1))
                    .divide(new BigDecimal(fraction.group(2)), MathContext.DECIMAL64));
        }
        List<String> words = List.of(s.split("\\s+"));
        int point = words.indexOf(DECIMAL_WORD);
        if (point > 0) {
            OptionalLong whole = whole(words.subList(0, point));
            OptionalLong decimals = whole(words.subList(point + 1, words.size()));
            if (whole.isPresent() && decimals.isPresent()) {
                return Optional.of(new BigDecimal(whole.getAsLong() + "." + decimals.getAsLong()));
            }
            return Optional.empty();
        }
        OptionalLong v = whole(words);
        return v.isPresent() ? Optional.of(BigDecimal.valueOf(v.getAsLong())) : Optional.empty();
    }

    /** The value of a whole text written as an ordinal ({@code الثالث عشر} = 13), if it is one. */
    public static OptionalLong parseOrdinal(String text) {
        List<String> words = List.of(ArabicNormalizer.normalize(text).trim().split("\\s+"));
        Optional<Match> m = match(words, 0);
        return m.isPresent() && m.get().end() == words.size() && m.get().ordinal()
                ? OptionalLong.of(m.get().value()) : OptionalLong.empty();
    }

    private static OptionalLong whole(List<String> words) {
        Optional<Match> m = match(words, 0);
        return m.isPresent() && m.get().end() == words.size() ? OptionalLong.of(m.get().value()) : OptionalLong.empty();
    }

    private static Optional<Match> match(List<String> words, int from, boolean joined) {
        long total = 0;
        long group = 0;
        // what may follow in the current group: 3 hundreds, 2 tens or teens, 1 units, 0 nothing
        int lastClass = Integer.MAX_VALUE;
        boolean afterUnit = false;
        boolean ordinal = false;
        int i = from;
        int end = -1;
        while (i < words.size()) {
            int at = i;
            boolean conjunction = false;
            if (end >= 0 && words.get(at).equals(CONJUNCTION) && at + 1 < words.size()) {
                conjunction = true;
                at++;
            }
            Term t = term(words, at, end >= 0);
            if (t == null || (end >= 0 && !joined)) {
                break;
            }
            if (end >= 0 && !(conjunction || t.conjunction) && t.cls != SCALE_CLASS) {
                break;
            }
            if (t.digits && end >= 0) {
                break;
            }
            if (t.cls == SCALED_CLASS) {
                if (end >= 0) {
                    break;
                }
                total += t.value;
                lastClass = SCALE_CLASS;
            } else if (t.cls == SCALE_CLASS) {
                total += (end < 0 || group == 0 ? 1 : group) * t.value;
                group = 0;
                lastClass = SCALE_CLASS;
            } else {
                boolean allowed = end < 0 || t.cls < lastClass || (afterUnit && t.cls == 2);
                if (!allowed) {
                    break;
                }
                afterUnit = t.cls == 1;
                group += t.value;
                lastClass = t.complete ? 0 : t.cls;
            }
            ordinal |= t.ordinal;
            end = t.end;
            i = t.end;
        }
        if (end < 0) {
            return Optional.empty();
        }
        return Optional.of(new Match(total + group, end, ordinal));
    }

    private static final int SCALE_CLASS = 4;
    /** A unit with its scale word (ثلاثة آلاف): a whole thousands group. */
    private static final int SCALED_CLASS = 5;

    /** One term: a digit run, a unit (maybe with عشر or مائة after it), tens, hundreds or a scale. */
    private record Term(long value, int cls, boolean complete, int end, boolean ordinal, boolean conjunction,
                        boolean digits) {
    }

    private static Term term(List<String> words, int i, boolean continuing) {
        String w = words.get(i);
        if (w.length() <= 15 && isDigits(w)) {
            long v = Long.parseLong(w);
            Lookup scale = i + 1 < words.size() ? lookup(words.get(i + 1)) : null;
            if (scale != null && scale.word.kind == Kind.SCALE && !scale.conjunction) {
                return new Term(v * scale.word.value, 3, true, i + 2, false, false, true);
            }
            return new Term(v, 3, true, i + 1, false, false, true);
        }
        Lookup l = lookup(w);
        if (l == null) {
            return null;
        }
        Word word = l.word;
        boolean ordinal = word.kind == Kind.ORDINAL || l.article;
        Lookup next = i + 1 < words.size() ? lookup(words.get(i + 1)) : null;
        boolean nextBare = next != null && !next.conjunction;
        switch (word.kind) {
            case UNIT, ORDINAL:
                if (nextBare && next.word.kind == Kind.TEN && word.value >= 1 && word.value <= 9) {
                    return new Term(word.value + 10, 2, true, i + 2, ordinal, l.conjunction, false);
                }
                if (nextBare && next.word.kind == Kind.HUNDREDS && next.word.value == 100 && word.kind == Kind.UNIT) {
                    return new Term(word.value * 100, 3, false, i + 2, ordinal, l.conjunction, false);
                }
                if (nextBare && next.word.kind == Kind.SCALE && word.kind == Kind.UNIT && word.value >= 3) {
                    return new Term(word.value * next.word.value, SCALED_CLASS, true, i + 2, ordinal, l.conjunction, false);
                }
                if (word.kind == Kind.ORDINAL && word.value == 10) {
                    return new Term(10, 2, true, i + 1, true, l.conjunction, false);
                }
                return new Term(word.value, 1, false, i + 1, ordinal, l.conjunction, false);
            case TEN:
                return new Term(10, 2, true, i + 1, ordinal, l.conjunction, false);
            case TENS:
                return new Term(word.value, 2, true, i + 1, ordinal, l.conjunction, false);
            case HUNDREDS:
                return new Term(word.value, 3, false, i + 1, ordinal, l.conjunction, false);
            case SCALE:
                return new Term(word.value, SCALE_CLASS, true, i + 1, ordinal, l.conjunction, false);
            case DUAL_SCALE:
                return new Term(2 * word.value, 3, true, i + 1, ordinal, l.conjunction, false);
            default:
                return null;
        }
    }

    /**
     * What {@code \d+} matches (ASCII digits, at least one), without a regular expression: asked of
     * every word where a date or number may start.
     */
    private static boolean isDigits(String w) {
        if (w.isEmpty()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private record Lookup(Word word, boolean conjunction, boolean article) {
    }

    /** The word as written, or without its conjunction و, or article ال, or both (والعشرين). */
    private static Lookup lookup(String w) {
        Word found = WORDS.get(w);
        if (found != null) {
            return new Lookup(found, false, false);
        }
        boolean conj = w.startsWith(CONJUNCTION) && w.length() > 2;
        String rest = conj ? w.substring(1) : w;
        if (conj && (found = WORDS.get(rest)) != null) {
            return new Lookup(found, true, false);
        }
        if (rest.startsWith(ARTICLE) && rest.length() > 3 && (found = WORDS.get(rest.substring(2))) != null
                && found.kind != Kind.SCALE) {
            return new Lookup(found, conj, true);
        }
        return null;
    }

    private static Map<String, Word> load() {
        Map<String, Word> words = new HashMap<>();
        for (String[] row : TsvResource.rows(ArabicNumbers.class, "number-words.tsv")) {
            words.put(ArabicNormalizer.normalize(row[0]), new Word(Long.parseLong(row[1]), Kind.valueOf(row[2])));
        }
        return Map.copyOf(words);
    }
}
