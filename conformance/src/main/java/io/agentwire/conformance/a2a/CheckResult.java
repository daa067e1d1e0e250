package io.agentwire.conformance.a2a;

/** One requirement's outcome, with the evidence or the reason. */
public record CheckResult(String id, Level level, String title, Verdict verdict, String detail) {
}
