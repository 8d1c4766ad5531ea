package dev.unspin.web;

/** A request the server refuses: the HTTP status and a message that tells the caller what to fix. */
final class HttpError extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;

    HttpError(int status, String message) {
        super(message, null, false, false); // an answer to a bad request, not a bug: no stack trace
        this.status = status;
    }

    int status() {
        return status;
    }
}
