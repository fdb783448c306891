package org.mirsad.search;

/** A query or search parameter the user got wrong; the message says what and how to fix it. */
public final class BadQueryException extends RuntimeException {

    public BadQueryException(String message) {
        super(message);
    }
}
