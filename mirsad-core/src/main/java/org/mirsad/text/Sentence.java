package org.mirsad.text;

/** One sentence of a text: its text (stripped) and its offsets in the source. */
public record Sentence(String text, int start, int end) {
}
