package dev.unspin.context;

/** A resource the contextual restorer needs is missing; the message says what and how to get it. */
public final class ResourceUnavailableException extends Exception {
    public ResourceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
