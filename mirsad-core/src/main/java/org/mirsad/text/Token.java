package org.mirsad.text;

/**
 * One token of a text: what was written, where, and the forms used for matching.
 *
 * @param surface the text as written (display form)
 * @param start   offset of the first char in the source text
 * @param end     offset after the last char
 * @param type    Arabic word, Latin word, number or punctuation
 * @param form    the matching form of the surface ({@link ArabicNormalizer#normalize})
 */
public record Token(String surface, int start, int end, Type type, String form) {

    public enum Type { ARABIC, LATIN, NUMBER, PUNCTUATION }

    /**
     * The matching form without its clitics ({@link Clitics#stemOf}); equal to {@code form} for anything
     * but Arabic words. Worked out when asked: the tokenizer's callers in extract (events, stories) never
     * ask, and stemming every token was a third of tokenising.
     */
    public String stem() {
        return type == Type.ARABIC ? Clitics.stemOf(surface, form) : form;
    }
}
