package io.agentwire.aonp.smip;

/** The states of an invocation; the names and meanings are A2A's TaskState (without UNSPECIFIED). */
public enum InvocationState {
    SUBMITTED("submitted"),
    WORKING("working"),
    INPUT_REQUIRED("input-required"),
    AUTH_REQUIRED("auth-required"),
    COMPLETED("completed"),
    FAILED("failed"),
    CANCELED("canceled"),
    REJECTED("rejected");

    private final String wireName;

    InvocationState(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in SMIP frames and in A2A's JSON (lower case, hyphenated). */
    public String wireName() {
        return wireName;
    }

    /** Whether nothing can follow this state. */
    public boolean isTerminal() {
        return this == COMPLETED || this == FAILED || this == CANCELED || this == REJECTED;
    }

    /** Whether the invocation waits for the client. */
    public boolean isInterrupted() {
        return this == INPUT_REQUIRED || this == AUTH_REQUIRED;
    }

    public static InvocationState fromWire(String name) {
        for (InvocationState state : values()) {
            if (state.wireName.equals(name)) {
                return state;
            }
        }
        throw new IllegalArgumentException("unknown invocation state " + name);
    }
}
