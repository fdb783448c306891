package org.mirsad.cli;

/** A user's mistake (bad path, bad option value): exit code 1 and its message, no stack trace. */
public final class UserInputException extends RuntimeException {

    public UserInputException(String message) {
        super(message);
    }
}
