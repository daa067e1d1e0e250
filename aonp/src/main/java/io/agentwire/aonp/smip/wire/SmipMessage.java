package io.agentwire.aonp.smip.wire;

/** A decoded SMIP message that can say whether it carries every field the spec requires. */
public interface SmipMessage {
    /** Throws MALFORMED_MESSAGE when a required field is missing or out of range. */
    void check();
}
