package io.agentwire.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExpectedFailuresTest {

    @Test
    void committedBaselineIsEmpty() {
        ExpectedFailures baseline = ExpectedFailures.read(
                NodePeers.findRepoRoot(Path.of(System.getProperty("user.dir")))
                        .resolve("interop-tests").resolve(ConformanceSuite.BASELINE));
        assertTrue(baseline.server().isEmpty(), "server baseline: " + baseline.server());
        assertTrue(baseline.client().isEmpty(), "client baseline: " + baseline.client());
    }

    @Test
    void parsesListsAndComments() {
        ExpectedFailures baseline = ExpectedFailures.parse(List.of(
                "# known gaps",
                "server:",
                "  - tasks-lifecycle   # SEP-2663 not done",
                "  - 'caching'",
                "client: []"));
        assertEquals(Set.of("tasks-lifecycle", "caching"), baseline.server());
        assertTrue(baseline.serverScenarioExpectedToFail("caching"));
        assertTrue(baseline.client().isEmpty());
    }

    @Test
    void rejectsShapesItDoesNotUnderstand() {
        assertThrows(IllegalArgumentException.class, () -> ExpectedFailures.parse(List.of("server: [a, b]")));
    }
}
