package org.mirsad.events;

import java.util.List;

/**
 * A word of a sentence: where it stands and its {@link WordType}, with its matching form and that form
 * without a leading conjunction, so that وقتلوا and قتلوا match one pattern while وقع (signed) still
 * matches itself.
 *
 * @param text  as written
 * @param type  what is known of its matching form (ArabicNormalizer), shared by every token of the form
 * @param start offset of the first character in the sentence
 * @param end   offset after the last character
 * @param clauseBreak true for punctuation and words that open a new clause (، إن أن عندما …)
 */
record Word(String text, WordType type, int start, int end, boolean clauseBreak) {

    /** matching form (ArabicNormalizer) */
    String form() {
        return type.form;
    }

    /** matching form without a leading و or ف (same as form when there is none) */
    String bare() {
        return type.bare();
    }

    /**
     * Every reading of the form with its clitics taken off ({@link org.mirsad.text.Clitics#readings}), the
     * form first: لمظاهرة is also مظاهره, بتفجيرها also تفجير.
     */
    List<String> readings() {
        return type.readings().list();
    }

    /** Per reading, its first {@link PhraseMatcher#KEY} letters (how prefix phrases are indexed), or null when shorter. */
    String[] keys() {
        return type.readings().keys();
    }
}
