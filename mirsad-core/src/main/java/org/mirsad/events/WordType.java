package org.mirsad.events;

import java.util.List;
import org.mirsad.text.Clitics;

/**
 * What event matching knows of one word form, worked out once per form and shared by every token of
 * it: its readings without clitics and their prefix keys, the form without a leading conjunction,
 * whether it opens a clause, and, filled on first use, what the shipped lexicon's matchers and context
 * lists say of it. News vocabulary is skewed: most tokens are a few thousand forms, and each token
 * used to repeat these look-ups (two hash look-ups per reading per lexicon matcher, two per context
 * list) that now cost one array or field read.
 *
 * <p>The memo fields are written without a lock: each is a pure function of the form and of the
 * lexicon (built whole before any use), so threads that race write the same value; lists are stored
 * immutable, so a racing reader sees them whole.
 */
final class WordType {

    final String form;
    /** {@link #form} without a leading و or ف ({@link Words#stripConjunction}) */
    final String bare;
    /** every reading of the form with its clitics taken off ({@link Clitics#readings}), the form first */
    final List<String> readings;
    /** per reading, its first {@link PhraseMatcher#KEY} letters, or null when it is shorter */
    final String[] keys;
    final boolean opensClause;
    /** per memoising matcher ({@link PhraseMatcher#memoSlot}), the phrases that may start at this form, or null until asked */
    final Object[] candidates = new Object[PhraseMatcher.MEMO_SLOTS];
    /** bit {@code c.ordinal()} set when the form is a context word of kind c ({@link EventLexicon#is}); -1 until asked */
    int contexts = -1;

    private WordType(String form, String bare, List<String> readings, boolean opensClause) {
        this.form = form;
        this.bare = bare;
        this.readings = readings;
        this.opensClause = opensClause;
        this.keys = new String[readings.size()];
        for (int i = 0; i < keys.length; i++) {
            String r = readings.get(i);
            keys[i] = r.length() >= PhraseMatcher.KEY ? r.substring(0, PhraseMatcher.KEY) : null;
        }
    }

    /** A word form: its readings, its bare form, whether it opens a clause. */
    static WordType word(String form, boolean opensClause) {
        return new WordType(form, Words.stripConjunction(form), List.copyOf(Clitics.readings(form)), opensClause);
    }

    /** A clause mark (، , ؛ ; :): itself its only reading, no bare form of its own. */
    static WordType mark(String form) {
        return new WordType(form, form, List.of(form), true);
    }
}
