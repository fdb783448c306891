package org.mirsad.model;

import java.io.Serializable;

/**
 * A mark on a page that names the outlet which published the text around it: the {@code TT} line of
 * Asharq Al-Awsat, a source line {@code المصدر: العربية}, a byline such as {@code - سبق -}. Found on the
 * whole page before segmentation (which drops such lines as noise) and carried to the articles in
 * {@link SourceMetadata#signals()}; the outlet stage keeps those that fall in an article's lines.
 *
 * @param outlet   the outlet's English name, as in the outlet table
 * @param line     the 1-based line of the page's text where the mark is
 * @param evidence the line's text (trimmed), for the user
 * @param weight   how much the mark alone says: 1 is enough to name the outlet
 * @param trailing true when the mark closes an article (a source line, an end-of-page widget) and so
 *                 belongs to the article just above it, not to the one below
 */
public record PageSignal(String outlet, int line, String evidence, double weight, boolean trailing) implements Serializable {
}
