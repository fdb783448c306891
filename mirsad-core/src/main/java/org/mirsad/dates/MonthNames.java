package org.mirsad.dates;

import org.mirsad.dates.TimeLexicon.Role;

/**
 * Month names where other stages meet them: نيسان is April in Levantine usage and the carmaker Nissan, تموز
 * July and a god, آب August and a father. A month name is a date's, not a name's, when a date stands around
 * it: a number (١٥ نيسان ٢٠١٥), the other system's name beside it (أبريل (نيسان)), or a word that takes a
 * month (شهر, مطلع, أواخر).
 */
public final class MonthNames {

    private MonthNames() {
    }

    /**
     * Whether {@code word}, normalised, is a month name that the words around it ({@code before} and
     * {@code after}, normalised, or null at a sentence's edge; punctuation skipped) make part of a date.
     */
    public static boolean inDate(String before, String word, String after) {
        TimeLexicon lexicon = TimeLexicon.get();
        if (!lexicon.startsMonth(word)) {
            return false;
        }
        return numeric(before) || numeric(after) || before != null && lexicon.startsMonth(before)
                || after != null && lexicon.startsMonth(after) || before != null && takesMonth(lexicon, before);
    }

    private static boolean takesMonth(TimeLexicon lexicon, String word) {
        var roles = lexicon.roles(word);
        return roles.containsKey(Role.MONTH_PART) || roles.containsKey(Role.MONTH_WORD);
    }

    private static boolean numeric(String word) {
        return word != null && !word.isEmpty() && Character.isDigit(word.charAt(0));
    }
}
