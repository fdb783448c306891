package org.mirsad.ner;

/** A token of running text with its character offsets ({@code end} exclusive). */
public record Token(String text, int start, int end) {
}
