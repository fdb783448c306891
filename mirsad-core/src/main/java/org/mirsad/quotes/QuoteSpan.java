package org.mirsad.quotes;

/**
 * A run of quoted text in a paragraph: opening mark at {@code open}, closing mark at {@code close}
 * (the paragraph's length when the quote was left unclosed).
 */
record QuoteSpan(int open, int close, String text) {
}
