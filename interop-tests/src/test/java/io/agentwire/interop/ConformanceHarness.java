package io.agentwire.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * One conformance target together with the committed baseline and the summary file: runs a
 * {@link ConformanceRun} and turns its report into a verdict. A run passes only when the CLI exits 0
 * and no recorded check has status FAILURE, baseline entries excepted.
 */
final class ConformanceHarness {

    private final ConformanceSuite suite;
    private final ExpectedFailures baseline;
    private final ConformanceSummary summary;

    ConformanceHarness(ConformanceSuite suite, Path summaryFile) {
        this.suite = suite;
        this.baseline = ExpectedFailures.read(suite.baseline());
        this.summary = ConformanceSummary.create(summaryFile, suite, baseline);
    }

    /** One dynamic test per run, named by its label. */
    Stream<DynamicTest> tests(List<ConformanceRun> runs) {
        return runs.stream().map(run -> DynamicTest.dynamicTest(run.label(), () -> assertConforms(run)));
    }

    /** Runs {@code run}, records its table, and fails the calling test on any unexpected failure. */
    void assertConforms(ConformanceRun run) {
        ConformanceSuite.Report report = suite.run(run);
        summary.add(report);
        BoundedProcess.Outcome outcome = report.outcome();
        assertFalse(outcome.timedOut(), outcome.describe());
        // An empty result folder means the scenario was skipped (e.g. not applicable at the spec
        // version) or the CLI crashed; neither proves anything about the implementation.
        assertFalse(report.scenarios().isEmpty(), "no checks.json written: " + outcome.describe());
        List<String> failures = new ArrayList<>();
        for (ConformanceResults.ScenarioResult scenario : report.scenarios()) {
            if (baseline.expectedToFail(suite.side(), scenario.scenario())) {
                continue;
            }
            for (ConformanceResults.Check check : scenario.failures()) {
                failures.add(scenario.scenario() + " / " + check.id() + ": " + check.errorMessage());
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " failed check(s) in " + run.label() + ":\n  "
                + String.join("\n  ", failures) + "\n" + outcome.describe());
        assertEquals(0, outcome.exitCode(), outcome.describe());
    }
}
