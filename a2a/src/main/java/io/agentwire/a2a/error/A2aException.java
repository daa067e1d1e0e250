package io.agentwire.a2a.error;

import java.util.Objects;

/** An A2A operation failed with one of the protocol's errors; every binding renders it in its own form. */
public class A2aException extends RuntimeException {
    private final A2aError error;

    public A2aException(A2aError error, String message) {
        super(message == null || message.isBlank() ? error.defaultMessage() : message);
        this.error = Objects.requireNonNull(error, "error");
    }

    public A2aException(A2aError error, String message, Throwable cause) {
        this(error, message);
        initCause(cause);
    }

    public A2aError error() {
        return error;
    }

    /** The A2A error behind {@code failure} (unwrapping completion wrappers); anything else is an internal error. */
    public static A2aException from(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof A2aException ? (A2aException) cause
                : new A2aException(A2aError.INTERNAL_ERROR, cause.getMessage(), cause);
    }

    public static A2aException taskNotFound(String taskId) {
        return new A2aException(A2aError.TASK_NOT_FOUND, "Task " + taskId + " was not found");
    }

    public static A2aException invalidParams(String message) {
        return new A2aException(A2aError.INVALID_PARAMS, message);
    }

    public static A2aException unsupported(String message) {
        return new A2aException(A2aError.UNSUPPORTED_OPERATION, message);
    }
}
