package org.mirsad.segment;

/** What one line of a page is, before it is assigned to an article. */
public enum LineKind {
    /** An empty line: paragraphs and articles are separated by runs of them. */
    BLANK,
    /** Text: a headline, lede, paragraph, subheading or caption; the assembler decides which. */
    TEXT,
    /** Boilerplate: dropped. */
    NOISE,
    /** A "read also" line: dropped, and a related article follows. */
    READ_ALSO,
    /** A site marker such as Asharq Al-Awsat's {@code TT}: dropped; a repeat of the headline block follows. */
    MARKER,
    /** The publication-date line ({@code تاريخ النشر: …}): not body text, kept for the dates stage. */
    DATE
}
