package io.agentwire.conformance.a2a;

/** A requirement the agent violated; the message is the evidence. */
public final class CheckFailure extends RuntimeException {
    public CheckFailure(String message) {
        super(message);
    }

    /** Fails with {@code message} unless {@code condition} holds. */
    public static void expect(boolean condition, String message) {
        if (!condition) {
            throw new CheckFailure(message);
        }
    }
}
