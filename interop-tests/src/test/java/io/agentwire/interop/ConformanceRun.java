package io.agentwire.interop;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One invocation of {@code conformance server} or {@code conformance client}: a whole requirement
 * set or a single scenario.
 *
 * @param label     unique, human-readable name; also names the output folder and log
 * @param selection the CLI flags choosing what to run ({@code --requirements R} or {@code --scenario S ...})
 * @param timeout   hard limit for the whole invocation
 */
record ConformanceRun(String label, List<String> selection, Duration timeout) {

    /** A full requirement set is dozens of scenarios, each with the suite's own 30 s limit. */
    static final Duration REQUIREMENT_SET_TIMEOUT = Duration.ofMinutes(10);

    static final Duration SCENARIO_TIMEOUT = Duration.ofMinutes(3);

    /** Every scenario a spec revision requires, at that revision's wire format. */
    static ConformanceRun requirements(String revision) {
        return new ConformanceRun("requirements-" + revision, List.of("--requirements", revision), REQUIREMENT_SET_TIMEOUT);
    }

    /**
     * A single scenario. {@code specVersion} may be null: extension scenarios (the tasks suite) are
     * not on the spec timeline, and the suite skips them when a version is forced, running them at
     * 2026-07-28 when none is given.
     */
    static ConformanceRun scenario(String name, String specVersion) {
        List<String> selection = new ArrayList<>(List.of("--scenario", name));
        String label = name;
        if (specVersion != null) {
            selection.add("--spec-version");
            selection.add(specVersion);
            label = name + "@" + specVersion;
        }
        return new ConformanceRun(label, List.copyOf(selection), SCENARIO_TIMEOUT);
    }

    /** The label as a safe file name. */
    String slug() {
        return label.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    @Override
    public String toString() {
        return label;
    }
}
