package org.mirsad.dates;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mirsad.text.ArabicNormalizer;
import org.mirsad.resources.TsvResource;

/**
 * The words of Arabic time expressions, loaded from the resource tables beside this class:
 * {@code months.tsv} (Gregorian, Maghrebi, Levantine/Iraqi, English and Hijri month names, with
 * common misspellings), {@code weekdays.tsv}, {@code holidays.tsv} and {@code time-words.tsv}
 * (each word with its role in the grammar). Lookups strip the clitics و ف ب ل ك and the article ال
 * when the word as written is not found ({@code بأيلول}, {@code لعام}, {@code والجمعة}).
 */
final class TimeLexicon {

    enum Role {
        NOW, DAY_SHIFT, DIRECTION, THIS, UNIT, UNIT2, PART_OF_DAY, HOUR_FRACTION, MONTH_PART, RANGE_FROM, RANGE_TO,
        RANGE_AND, FILLER, HOUR_WORD, BEFORE, AFTER, MINUS, MINUTE_WORD, DAY_WORD, WEEK_WORD, MONTH_WORD, YEAR_WORD,
        WITHIN, RELATIVE_PRONOUN, TIME_ZONE_WORD, UTC, HIJRI_YEAR_MARK, GREGORIAN_YEAR_MARK, LAST, MOMENT, TONIGHT,
        ORDINAL_SUFFIX
    }

    /** Roles that only join or open an expression: a word with no other role cannot be its anchor. */
    private static final Set<Role> STRUCTURAL = EnumSet.of(Role.FILLER, Role.RANGE_FROM, Role.RANGE_TO,
            Role.RANGE_AND, Role.RELATIVE_PRONOUN, Role.THIS);

    record MonthName(int month, boolean hijri) {
    }

    record Holiday(String key, String calendar, int month, int day, int days) {
    }

    /** A multi-word entry: its words after the first, and its value. */
    record Entry<T>(List<String> rest, T value) {
    }

    /** What matched: its value and the index after its last token. */
    record Hit<T>(T value, int end) {
    }

    private static final String CLITICS = "وفبلك";
    private static final String ARTICLE = "ال";
    private static final TimeLexicon INSTANCE = new TimeLexicon();

    private final Map<String, List<Entry<MonthName>>> months = new HashMap<>();
    private final Map<String, List<Entry<Holiday>>> holidays = new HashMap<>();
    private final Map<String, DayOfWeek> weekdays = new HashMap<>();
    private final Map<String, Map<Role, String>> words = new HashMap<>();
    /**
     * Every word that anchors as written ({@link #anchors}): a first word of a month or holiday name, a
     * weekday, a time word with a role other than the structural ones. One set for the four tables,
     * asked of every variant of every word of every text.
     */
    private final Set<String> anchorWords = new HashSet<>();

    private TimeLexicon() {
        for (String[] r : TsvResource.rows(TimeLexicon.class, "months.tsv")) {
            add(months, r[0], new MonthName(Integer.parseInt(r[1]), r[2].equals("HIJRI")));
        }
        for (String[] r : TsvResource.rows(TimeLexicon.class, "holidays.tsv")) {
            add(holidays, r[0], new Holiday(r[1], r[2], Integer.parseInt(r[3]), Integer.parseInt(r[4]),
                    Integer.parseInt(r[5])));
        }
        for (String[] r : TsvResource.rows(TimeLexicon.class, "weekdays.tsv")) {
            weekdays.put(fold(r[0]), DayOfWeek.of(Integer.parseInt(r[1])));
        }
        for (String[] r : TsvResource.rows(TimeLexicon.class, "time-words.tsv")) {
            words.computeIfAbsent(fold(r[0]), k -> new EnumMap<>(Role.class)).put(Role.valueOf(r[1]), r[2]);
        }
        anchorWords.addAll(months.keySet());
        anchorWords.addAll(holidays.keySet());
        anchorWords.addAll(weekdays.keySet());
        words.forEach((w, roles) -> {
            if (!STRUCTURAL.containsAll(roles.keySet())) {
                anchorWords.add(w);
            }
        });
    }

    static TimeLexicon get() {
        return INSTANCE;
    }

    /**
     * Every way of writing the weekday names ({@code weekdays}) or the time words of {@code role}
     * (otherwise) that {@link #anyVariant} reads as one: the word alone, after a clitic, after the article,
     * after both (it strips no more than one of each). A superset: a caller keeps those its own test takes.
     */
    Set<String> writtenForms(Role role) {
        Set<String> names = new HashSet<>();
        if (role == null) {
            names.addAll(weekdays.keySet());
        } else {
            words.forEach((w, roles) -> {
                if (roles.containsKey(role)) {
                    names.add(w);
                }
            });
        }
        Set<String> out = new HashSet<>();
        for (String name : names) {
            for (String before : new String[] {"", ARTICLE}) {
                out.add(before + name);
                for (char c : CLITICS.toCharArray()) {
                    out.add(c + before + name);
                }
            }
        }
        return out;
    }

    int size() {
        return months.size() + holidays.size() + weekdays.size() + words.size();
    }

    /** The month name starting at token {@code i} (longest), its first word maybe with a clitic. */
    Hit<MonthName> month(List<Token> t, int i) {
        return longest(months, t, i);
    }

    Hit<Holiday> holiday(List<Token> t, int i) {
        return longest(holidays, t, i);
    }

    /** A weekday name, with or without ال and a clitic: الجمعة, جمعة, والخميس, بالسبت. */
    DayOfWeek weekday(String word) {
        DayOfWeek[] found = new DayOfWeek[1]; // asked of many tokens: no list of variants made
        anyVariant(word, w -> (found[0] = weekdays.get(w)) != null);
        return found[0];
    }

    /** The value of {@code word} in {@code role}, or null; the word as written wins over a stripped form. */
    String role(String word, Role role) {
        return roles(word).get(role);
    }

    /**
     * Every role of {@code word} with its value, each taken from the first variant that has it: all of
     * {@link #role}'s answers in one lookup.
     */
    Map<Role, String> roles(String word) {
        List<Map<Role, String>> found = new ArrayList<>(2);
        anyVariant(word, w -> {
            Map<Role, String> m = words.get(w);
            if (m != null) {
                found.add(m);
            }
            return false; // every variant, in order
        });
        if (found.isEmpty()) {
            return Map.of();
        }
        Map<Role, String> out = new EnumMap<>(Role.class);
        for (Map<Role, String> m : found) {
            m.forEach(out::putIfAbsent);
        }
        return out;
    }

    /**
     * Whether {@code word} (maybe with a clitic) can anchor a time expression: a month, holiday or weekday
     * name, or a time word with a role other than the structural ones (من, حتى, هذا …).
     */
    boolean anchors(String word) {
        // asked of every token: the variants are tried in turn without making their list
        return anyVariant(word, anchorWords::contains);
    }

    /** Whether {@code word} (maybe with a clitic) is a month name's first word: نيسان, بأيلول, كانون. */
    boolean startsMonth(String word) {
        return anyVariant(word, months::containsKey);
    }

    /** The value of {@code word} in {@code role} as written exactly (no clitic stripping), or null. */
    String exact(String word, Role role) {
        Map<Role, String> m = words.get(word);
        return m == null ? null : m.get(role);
    }

    private <T> Hit<T> longest(Map<String, List<Entry<T>>> table, List<Token> t, int i) {
        if (i >= t.size()) {
            return null;
        }
        // the first variant of the first word that starts an entry wins; asked at every token, so the
        // variants are tried in turn without making their list
        List<Hit<T>> best = new ArrayList<>(1);
        anyVariant(t.get(i).text(), first -> {
            Hit<T> hit = longestFrom(table.get(first), t, i);
            return hit != null && best.add(hit);
        });
        return best.isEmpty() ? null : best.get(0);
    }

    /** The longest of {@code entries} (null: none) whose further words follow token {@code i}, or null. */
    private static <T> Hit<T> longestFrom(List<Entry<T>> entries, List<Token> t, int i) {
        if (entries == null) {
            return null;
        }
        Hit<T> best = null;
        for (Entry<T> e : entries) {
            int end = i + 1 + e.rest().size();
            if (end > t.size() || (best != null && best.end() >= end)) {
                continue;
            }
            boolean same = true;
            for (int k = 0; k < e.rest().size() && same; k++) {
                same = t.get(i + 1 + k).text().equals(e.rest().get(k));
            }
            if (same) {
                best = new Hit<>(e.value(), end);
            }
        }
        return best;
    }

    /**
     * Whether {@code test} holds for one of the variants of {@code w}, tried in this order: as written,
     * without a leading clitic, then without the article after the clitic or without it alone.
     */
    private static boolean anyVariant(String w, java.util.function.Predicate<String> test) {
        if (test.test(w)) {
            return true;
        }
        boolean clitic = w.length() > 2 && CLITICS.indexOf(w.charAt(0)) >= 0;
        String bare = clitic ? w.substring(1) : w;
        if (clitic && test.test(bare)) {
            return true;
        }
        if (bare.startsWith(ARTICLE) && bare.length() > 3 && test.test(bare.substring(2))) {
            return true;
        }
        // without a clitic this is the variant just tried
        return clitic && w.startsWith(ARTICLE) && w.length() > 3 && test.test(w.substring(2));
    }

    private static <T> void add(Map<String, List<Entry<T>>> table, String name, T value) {
        List<String> parts = List.of(fold(name).split(" "));
        table.computeIfAbsent(parts.get(0), k -> new ArrayList<>())
                .add(new Entry<>(List.copyOf(parts.subList(1, parts.size())), value));
    }

    private static String fold(String s) {
        return ArabicNormalizer.normalize(s).toLowerCase(Locale.ROOT);
    }
}
