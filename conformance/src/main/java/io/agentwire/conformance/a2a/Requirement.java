package io.agentwire.conformance.a2a;

/**
 * One A2A requirement and its check. The ids are those of the A2A TCK's 1.0 requirement list, so results can be
 * compared with a TCK run requirement by requirement.
 *
 * @param check the check, or {@code null} when none is automated ({@code reason} says why)
 */
public record Requirement(String id, Level level, String title, Check check, String reason) {

    /** The body of a check: throws {@link CheckFailure} on a violation, {@link NotApplicable} when it cannot apply. */
    @FunctionalInterface
    public interface Check {
        void run(Probe probe) throws Exception;
    }

    public static Requirement check(String id, Level level, String title, Check check) {
        return new Requirement(id, level, title, check, "");
    }

    public static Requirement manual(String id, Level level, String title, String reason) {
        return new Requirement(id, level, title, null, reason);
    }
}
