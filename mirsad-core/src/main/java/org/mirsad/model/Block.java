package org.mirsad.model;

import java.io.Serializable;

/** One block of an article's body in reading order: a paragraph or a subheading. */
public record Block(Kind kind, String text) implements Serializable {

    public enum Kind { PARAGRAPH, SUBHEAD }

    public static Block paragraph(String text) {
        return new Block(Kind.PARAGRAPH, text);
    }

    public static Block subhead(String text) {
        return new Block(Kind.SUBHEAD, text);
    }
}
