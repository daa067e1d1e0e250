package io.agentwire.a2a.json;

/** Input that is JSON but not the ProtoJSON of the expected message; {@link ProtoJson} reports it as INVALID_PARAMS. */
final class JsonInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    JsonInputException(String message) {
        super(message);
    }

    JsonInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
