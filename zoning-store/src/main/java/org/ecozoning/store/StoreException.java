package org.ecozoning.store;

/**
 * A store operation that could not be done. The message is bilingual (Chinese first, English
 * second) and safe to show to a user; the cause, if any, is for the log.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message) { super(message); }

    public StoreException(String message, Throwable cause) { super(message, cause); }
}
