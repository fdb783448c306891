package org.mirsad.dates;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.mirsad.dates.TimeLexicon.Role;
import org.mirsad.text.ArabicNumbers;
import org.mirsad.text.Chars;
import org.mirsad.tokens.ArticleTokens;
import org.mirsad.tokens.WordRecord;

/** The tokens of one text with the lexicon lookups every part of the grammar needs. */
final class Words {

    /** A value found at some tokens and the index after them. */
    record At<T>(T value, int end) {
    }

    /**
     * What the grammar asks of one written word alone, kept on its record ({@link WordRecord}): its roles
     * and whether it may anchor an expression as far as the word itself tells (a number word still needs
     * the words after it).
     */
    private record Lexical(Map<Role, String> roles, boolean anchors, boolean numberWord) {

        static Lexical of(String word, TimeLexicon lex) {
            return new Lexical(lex.roles(word), hasDigit(word) || lex.anchors(word), ArabicNumbers.isNumberWord(word));
        }
    }

    private static final WordRecord.Slot<Lexical> LEXICAL = WordRecord.slot();

    final List<Token> tokens;
    final List<String> text;
    final TimeLexicon lex = TimeLexicon.get();
    /** each token's record where the article's tokens cut the text alike, else null; null when none is known */
    private final WordRecord[] records;

    /**
     * each token's roles, looked up on first use: the grammar asks about every token many times; {@link #NO_ROLES}
     * for the many tokens with none, so that a question about them reads no map
     */
    private final Map<Role, String>[] roles;
    private static final Map<Role, String> NO_ROLES = Map.of();
    /** per token: 0 not yet known, 1 may anchor an expression, -1 cannot */
    private final byte[] anchors;
    /**
     * Per token, what the grammar's parts ask again and again at the same token (the grammar is tried at
     * every token near an anchor, and each of its parts reads the words ahead): the number (longest and
     * single term), the weekday name, the month and holiday names starting there; {@link #NONE} for none,
     * null while not asked. Each is a function of the tokens alone.
     */
    private final Object[] numbers;
    private final Object[] singleNumbers;
    private final Object[] weekdays;
    private final Object[] months;
    private final Object[] holidays;
    private static final Object NONE = new Object();

    Words(List<Token> tokens) {
        this(tokens, null);
    }

    /** @param records each token's record, or null where there is none; null when none is known */
    Words(List<Token> tokens, WordRecord[] records) {
        this.records = records;
        this.tokens = List.copyOf(tokens);
        this.text = tokens.stream().map(Token::text).toList();
        @SuppressWarnings("unchecked")
        Map<Role, String>[] none = new Map[tokens.size()];
        this.roles = none;
        this.anchors = new byte[tokens.size()];
        this.numbers = new Object[tokens.size()];
        this.singleNumbers = new Object[tokens.size()];
        this.weekdays = new Object[tokens.size()];
        this.months = new Object[tokens.size()];
        this.holidays = new Object[tokens.size()];
    }

    /** {@code memo[i]}, made by {@code make} the first time (null stored as {@link #NONE}). */
    @SuppressWarnings("unchecked")
    private static <T> T memo(Object[] memo, int i, java.util.function.IntFunction<T> make) {
        Object v = memo[i];
        if (v == null) {
            T made = make.apply(i);
            memo[i] = made == null ? NONE : made;
            return made;
        }
        return v == NONE ? null : (T) v;
    }

    /** The month name starting at token {@code i} ({@link TimeLexicon#month}), or null. */
    TimeLexicon.Hit<TimeLexicon.MonthName> month(int i) {
        return i < 0 || i >= tokens.size() ? lex.month(tokens, i) : memo(months, i, k -> lex.month(tokens, k));
    }

    /** The holiday name starting at token {@code i} ({@link TimeLexicon#holiday}), or null. */
    TimeLexicon.Hit<TimeLexicon.Holiday> holiday(int i) {
        return i < 0 || i >= tokens.size() ? lex.holiday(tokens, i) : memo(holidays, i, k -> lex.holiday(tokens, k));
    }

    int size() {
        return tokens.size();
    }

    String w(int i) {
        return i >= 0 && i < tokens.size() ? text.get(i) : "";
    }

    boolean is(int i, String word) {
        return w(i).equals(word);
    }

    /** The word at {@code i} in {@code role} (clitics stripped), or null. */
    String role(int i, Role role) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        Map<Role, String> r = roles[i];
        if (r == null) {
            Lexical l = lexical(i);
            r = l != null ? l.roles() : lex.roles(text.get(i));
            if (r.isEmpty()) {
                r = NO_ROLES;
            }
            roles[i] = r;
        }
        return r == NO_ROLES ? null : r.get(role);
    }

    boolean has(int i, Role role) {
        return role(i, role) != null;
    }

    /**
     * Whether a token from {@code i} to {@code i + window - 1} could anchor a time expression: digits, a
     * number word, or a word of the lexicon ({@link TimeLexicon#anchors}). Every expression holds one
     * within its first words, so the grammar need not be tried where none is near.
     */
    boolean anchorWithin(int i, int window) {
        for (int j = i; j < Math.min(tokens.size(), i + window); j++) {
            if (anchor(j)) {
                return true;
            }
        }
        return false;
    }

    private boolean anchor(int j) {
        if (anchors[j] == 0) {
            Lexical l = lexical(j);
            boolean yes = l != null
                    ? l.anchors() || l.numberWord() && singleNumber(j).isPresent()
                    : hasDigit(text.get(j)) || lex.anchors(text.get(j)) || singleNumber(j).isPresent();
            anchors[j] = (byte) (yes ? 1 : -1);
        }
        return anchors[j] > 0;
    }

    /**
     * What the word at {@code i} says alone, from its record, or null when it has none. The record spans the
     * same characters of the same text, so the token is its form in lower case (as {@link Token#tokenize} makes it).
     */
    private Lexical lexical(int i) {
        WordRecord r = records == null ? null : records[i];
        return r == null ? null : r.get(LEXICAL, x -> Lexical.of(Chars.toLowerCase(x.form()), lex));
    }

    private static boolean hasDigit(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A leading preposition من / في as its own word: skipped. */
    int skipPrep(int i) {
        return is(i, "من") || is(i, "في") ? i + 1 : i;
    }

    /** A weekday; bare forms (جمعة, اثنين, أحد are also ordinary words) only where {@code bareOk}. */
    At<DayOfWeek> weekday(int i, boolean bareOk) {
        DayOfWeek d = i < 0 || i >= tokens.size() ? lex.weekday(w(i)) : memo(weekdays, i, k -> lex.weekday(w(k)));
        if (d == null) {
            return null;
        }
        return bareOk || withArticle(w(i)) ? new At<>(d, i + 1) : null;
    }

    /** A weekday in Latin letters; compiled once ({@code String.matches} compiled it per weekday token). */
    private static final Pattern LATIN = Pattern.compile("[a-z]+");

    /**
     * Whether a weekday token stands with the article (الجمعة, والخميس) or in Latin letters: the form of a
     * weekday that needs no day word before it ({@link #weekday}), the only one "today" takes
     * ({@link RelativeGrammar}).
     */
    private static boolean withArticle(String word) {
        String noClitic = word.length() > 3 && "وفبل".indexOf(word.charAt(0)) >= 0 && !word.startsWith("ال")
                ? word.substring(1) : word;
        return noClitic.startsWith("ال") || LATIN.matcher(word).matches();
    }

    /**
     * Whether {@code tokens} may state today's weekday: a weekday {@link #withArticle} right after a word of
     * {@link Role#DAY_SHIFT} (اليوم الجمعة, أمس الخميس), or after one and a bracket or comma (اليوم (الثلاثاء),
     * أمس، الأربعاء), as {@link RelativeGrammar} reads it. A text with none gives no day shift a weekday, so
     * the publication date cannot be inferred from it.
     */
    static boolean mayStateToday(List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            // the day shift one word back, or two past a bracket or comma (both asked: a superset)
            if (TodayForms.WEEKDAYS.contains(tokens.get(i).text())
                    && (TodayForms.DAY_SHIFTS.contains(tokens.get(i - 1).text())
                    || i > 1 && TodayForms.DAY_SHIFTS.contains(tokens.get(i - 2).text()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #mayStateToday} asked of a whole article at once from its shared tokens, with no tokenising: false
     * only when no piece of it (headline, lede, block: each stands whole in the tokens' text, between line
     * breaks) may state today's weekday, for then no token of a day shift comes before a token of a weekday
     * anywhere in it. Each dates token of a word lies within one of the article's tokens (both end a word at
     * the same characters, the article's tokens also holding digits), and a token's dates tokens are worked
     * out once per written word ({@link #TODAY}). Most articles name no day shift before a weekday: their
     * pieces are never tokenised for the dates.
     */
    static boolean mayStateToday(ArticleTokens tokens) {
        boolean shift = false;
        for (int i = 0, n = tokens.count(); i < n; i++) {
            int kinds = tokens.record(i).get(TODAY, Words::todayKinds);
            shift |= (kinds & DAY_SHIFT) != 0;
            if (shift && (kinds & WEEKDAY) != 0) {
                return true;
            }
        }
        return false;
    }

    private static final int WEEKDAY = 1;
    private static final int DAY_SHIFT = 2;
    /** Which of {@link TodayForms}' sets a written word's dates tokens fall in ({@link #WEEKDAY}, {@link #DAY_SHIFT}). */
    private static final WordRecord.Slot<Integer> TODAY = WordRecord.slot();

    private static Integer todayKinds(WordRecord r) {
        if (r.isArabicWord()) {
            // letters and marks only: one dates token, the record's form in lower case ({@link #lexical}), with
            // no tokenising (a written word is new to the records each time their table lets it go)
            return todayKinds(Chars.toLowerCase(r.form()));
        }
        int kinds = 0;
        for (Token t : Token.tokenize(r.text())) {
            kinds |= todayKinds(t.text());
        }
        return kinds;
    }

    /** Which of {@link TodayForms}' sets one dates token falls in. */
    private static int todayKinds(String token) {
        return (TodayForms.WEEKDAYS.contains(token) ? WEEKDAY : 0) | (TodayForms.DAY_SHIFTS.contains(token) ? DAY_SHIFT : 0);
    }

    /**
     * The tokens {@link #mayStateToday} looks for, as sets of written forms worked out once from the lexicon
     * ({@link TimeLexicon#writtenForms}, kept where the lexicon's own test takes them): every token of every
     * article is asked, and the lexicon's test strips clitics off each in a few look-ups.
     */
    private static final class TodayForms {
        static final Set<String> WEEKDAYS;
        static final Set<String> DAY_SHIFTS;

        static {
            TimeLexicon lex = TimeLexicon.get();
            WEEKDAYS = lex.writtenForms(null).stream().filter(w -> lex.weekday(w) != null && withArticle(w))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
            DAY_SHIFTS = lex.writtenForms(Role.DAY_SHIFT).stream().filter(w -> lex.role(w, Role.DAY_SHIFT) != null)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        }
    }

    /** A number (digits or words) starting at {@code i}. */
    Optional<ArabicNumbers.Match> number(int i) {
        if (i >= tokens.size()) {
            return Optional.empty();
        }
        return i < 0 ? ArabicNumbers.match(text, i) : memo(numbers, i, k -> ArabicNumbers.match(text, k));
    }

    Optional<ArabicNumbers.Match> singleNumber(int i) {
        if (i >= tokens.size()) {
            return Optional.empty();
        }
        return i < 0 ? ArabicNumbers.matchSingle(text, i) : memo(singleNumbers, i, k -> ArabicNumbers.matchSingle(text, k));
    }

    /** Digits only. */
    Integer digits(int i) {
        String s = w(i);
        if (s.isEmpty() || s.length() > 4) {
            return null;
        }
        for (int k = 0; k < s.length(); k++) { // a loop, not a stream: asked of many tokens
            if (!Character.isDigit(s.charAt(k))) {
                return null;
            }
        }
        return Integer.parseInt(s);
    }

    /** A direction word (الماضي -1, الجاري 0, المقبل 1) at {@code i}, or null. */
    Integer direction(int i) {
        String v = role(i, Role.DIRECTION);
        return v == null ? null : Integer.valueOf(v);
    }

    /** The original text from token {@code from} to token {@code to} (exclusive). */
    String quote(String original, int from, int to) {
        return original.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }
}
