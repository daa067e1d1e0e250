package io.agentwire.conformance.a2a;

/** What a check concluded about the agent. */
public enum Verdict {
    /** The agent met the requirement. */
    PASS,
    /** The agent violated it; the result says how. */
    FAIL,
    /** The requirement does not apply: the card does not declare the capability it depends on. */
    NOT_APPLICABLE,
    /** No automated check exists (the result says why): neither a pass nor a failure. */
    NOT_AUTOMATED
}
