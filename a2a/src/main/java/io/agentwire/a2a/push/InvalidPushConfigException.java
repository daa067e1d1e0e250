package io.agentwire.a2a.push;

/**
 * A push config whose authentication or token cannot be sent as an HTTP header. Its message names the field, never
 * the value, which is a secret.
 */
final class InvalidPushConfigException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    InvalidPushConfigException(String message) {
        super(message);
    }
}
