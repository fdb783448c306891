package org.mirsad.store;

/** The data directory cannot be used as it is (newer schema, not a directory, locked, corrupt). */
public final class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
