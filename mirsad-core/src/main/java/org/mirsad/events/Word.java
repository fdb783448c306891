package org.mirsad.events;

/**
 * A word of a sentence, with its matching form and that form without a leading conjunction, so
 * that وقتلوا and قتلوا match one pattern while وقع (signed) still matches itself.
 *
 * @param text  as written
 * @param form  matching form (ArabicNormalizer)
 * @param bare  matching form without a leading و or ف (same as form when there is none)
 * @param readings every reading of the form with its clitics taken off ({@link org.mirsad.text.Clitics#readings}),
 *              the form first: لمظاهرة is also مظاهره, بتفجيرها also تفجير
 * @param keys  per reading, its first {@link PhraseMatcher#KEY} letters (how prefix phrases are indexed), or
 *              null when it is shorter: made once per word form, not once per look-up
 * @param start offset of the first character in the sentence
 * @param end   offset after the last character
 * @param clauseBreak true for punctuation and words that open a new clause (، إن أن عندما …)
 */
record Word(String text, String form, String bare, java.util.List<String> readings, String[] keys, int start, int end,
            boolean clauseBreak) {
}
