package io.agentwire.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The result parsing and summary rendering, on a results folder shaped like the CLI's. */
class ConformanceResultsTest {

    private static final String CHECKS = """
            [
              {"id": "tools-list", "name": "ToolsList", "description": "lists tools", "status": "SUCCESS"},
              {"id": "wire-schema-valid", "description": "valid wire", "status": "FAILURE",
               "errorMessage": "bad | field"},
              {"id": "hint", "description": "a hint", "status": "WARNING"}
            ]
            """;

    @Test
    void readsEveryScenarioFolderAndClassifiesChecks(@TempDir Path out) throws IOException {
        write(out.resolve("server-tools-list-2026-11-22T08-45-31-774Z"), CHECKS);
        write(out.resolve("server-ping-2026-11-22T08-45-32-001Z"), "[{\"id\":\"ping\",\"status\":\"SUCCESS\"}]");
        Files.createDirectories(out.resolve("server-skipped-2026-11-22T08-45-33-000Z"));

        List<ConformanceResults.ScenarioResult> results = ConformanceResults.read(out);

        assertEquals(List.of("ping", "tools-list"), results.stream().map(ConformanceResults.ScenarioResult::scenario).toList());
        ConformanceResults.ScenarioResult tools = results.get(1);
        assertEquals(1, tools.passed());
        assertEquals(3, tools.checks().size());
        assertEquals("bad | field", tools.failures().get(0).errorMessage());
    }

    @Test
    void clientResultsNestSlashedScenarioNames(@TempDir Path out) throws IOException {
        write(out.resolve("auth").resolve("dpop-nonce-2026-11-22T08-45-31-774Z"), CHECKS);
        write(out.resolve("initialize-2026-11-22T08-45-32-001Z"), "[{\"id\":\"init\",\"status\":\"SUCCESS\"}]");

        List<ConformanceResults.ScenarioResult> results = ConformanceResults.read(out);

        assertEquals(List.of("auth/dpop-nonce", "initialize"),
                results.stream().map(ConformanceResults.ScenarioResult::scenario).toList());
    }

    @Test
    void missingFolderMeansNoResults(@TempDir Path out) {
        assertTrue(ConformanceResults.read(out.resolve("absent")).isEmpty());
    }

    @Test
    void summaryRowShowsCountsAndEscapedFailures(@TempDir Path out) throws IOException {
        write(out.resolve("server-tools-list-2026-11-22T08-45-31-774Z"), CHECKS);
        ConformanceSuite.Report report = new ConformanceSuite.Report(ConformanceRun.scenario("tools-list", "2025-11-25"),
                new BoundedProcess.Outcome(List.of("node"), 1, false, out.resolve("x.log")), ConformanceResults.read(out));

        String plain = ConformanceSummary.render(report, scenario -> false);
        String baselined = ConformanceSummary.render(report, Set.of("tools-list")::contains);

        assertTrue(plain.contains("## tools-list@2025-11-25"), plain);
        assertTrue(plain.contains("| tools-list | 1/3 | 1 WARNING | `wire-schema-valid`: bad \\| field |"), plain);
        assertTrue(baselined.contains("| (expected) `wire-schema-valid`"), baselined);
    }

    private static void write(Path dir, String json) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("checks.json"), json);
    }
}
