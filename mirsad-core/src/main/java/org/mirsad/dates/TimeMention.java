package org.mirsad.dates;

/**
 * A time expression found in a text, with its value against the reference time.
 *
 * @param text  the words as written
 * @param start offset of its first character in the text
 * @param end   offset after its last character
 * @param value its resolved value
 */
public record TimeMention(String text, int start, int end, TimeValue value) {
}
