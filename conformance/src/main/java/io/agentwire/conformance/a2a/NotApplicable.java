package io.agentwire.conformance.a2a;

/** The requirement does not apply to this agent (for example a capability its card does not declare). */
public final class NotApplicable extends RuntimeException {
    public NotApplicable(String why) {
        super(why);
    }
}
