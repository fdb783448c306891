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
    final boolean opensClause;
    /**
     * The form without a leading و or ف, or null until asked ({@link #bare()}); a string is safe to read
     * while another thread writes the same one.
     */
    private String bare;
    /**
     * The readings and their keys, or null until asked ({@link #readings()}): most forms are met in sentences
     * that no phrase may start in, which a look at the form tells ({@link PhraseMatcher#mayStartAtForm}), and
     * the readings were the most of what a new form cost (a form is new to the events each time the tokens'
     * table of records lets its word go). Their record's final fields make them whole to any thread that sees them.
     */
    private Readings readings;
    /**
     * Per memoising matcher ({@link PhraseMatcher#memoSlot}: {@link PhraseMatcher#MEMO_SLOTS} of them), the phrases
     * that may start at this form, or null until asked ({@link #candidates(int)}): fields rather than an array, so
     * that a matcher's question about each token reads its word type and no array beside it.
     */
    private Object candidates0;
    private Object candidates1;
    /** bit {@code c.ordinal()} set when the form is a context word of kind c ({@link EventLexicon#is}); -1 until asked */
    int contexts = -1;

    /**
     * Every reading of the form with its clitics taken off ({@link Clitics#readings}), the form first, and per
     * reading its first {@link PhraseMatcher#KEY} letters, or null when it is shorter.
     */
    record Readings(List<String> list, String[] keys) {

        static Readings of(List<String> list) {
            String[] keys = new String[list.size()];
            for (int i = 0; i < keys.length; i++) {
                String r = list.get(i);
                keys[i] = r.length() >= PhraseMatcher.KEY ? r.substring(0, PhraseMatcher.KEY) : null;
            }
            return new Readings(list, keys);
        }
    }

    private WordType(String form, boolean opensClause, String bare, Readings readings) {
        this.form = form;
        this.opensClause = opensClause;
        this.bare = bare;
        this.readings = readings;
    }

    /** A word form: its readings, its bare form, whether it opens a clause (the first two worked out when asked). */
    static WordType word(String form, boolean opensClause) {
        return new WordType(form, opensClause, null, null);
    }

    /** A clause mark (، , ؛ ; :): itself its only reading, no bare form of its own. */
    static WordType mark(String form) {
        return new WordType(form, true, form, Readings.of(List.of(form)));
    }

    /** What memo slot {@code slot} holds ({@link #candidates0}), or null. */
    Object candidates(int slot) {
        return slot == 0 ? candidates0 : candidates1;
    }

    /** Keeps {@code known} in memo slot {@code slot}. */
    void candidates(int slot, Object known) {
        if (slot == 0) {
            candidates0 = known;
        } else {
            candidates1 = known;
        }
    }

    /** {@link #form} without a leading و or ف ({@link Clitics#stripConjunction}). */
    String bare() {
        String b = bare;
        if (b == null) {
            b = Clitics.stripConjunction(form);
            bare = b;
        }
        return b;
    }

    /** The form's readings and their keys ({@link Readings}), worked out on the first question. */
    Readings readings() {
        Readings r = readings;
        if (r == null) {
            r = Readings.of(Clitics.readings(form));
            readings = r;
        }
        return r;
    }
}
