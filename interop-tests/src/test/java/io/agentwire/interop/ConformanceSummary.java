package io.agentwire.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Renders conformance reports as Markdown tables (scenario, checks passed/total, failures) and
 * appends them to a summary file under {@code interop-tests/target/} as well as stdout, so a CI log
 * and a local run show the same picture.
 */
final class ConformanceSummary {

    private final Path file;
    private final Predicate<String> expectedToFail;

    private ConformanceSummary(Path file, Predicate<String> expectedToFail) {
        this.file = file;
        this.expectedToFail = expectedToFail;
    }

    /** Starts a fresh summary file with a header naming the implementation under test. */
    static ConformanceSummary create(Path file, ConformanceSuite suite, ExpectedFailures baseline) {
        String header = "# MCP " + suite.side().command() + " conformance summary\n\n"
                + (suite.side() == ConformanceSuite.Side.SERVER ? "Server" : "Client") + " under test: `"
                + suite.target() + "` (" + AgentwireLaunch.MAIN_CLASS + ")\n\n";
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, header, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ConformanceSummary(file, scenario -> baseline.expectedToFail(suite.side(), scenario));
    }

    /** Adds one run's table to the file and prints it. */
    synchronized void add(ConformanceSuite.Report report) {
        String section = render(report, expectedToFail);
        System.out.println(section);
        try {
            Files.writeString(file, section, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String render(ConformanceSuite.Report report, Predicate<String> expectedToFail) {
        StringBuilder out = new StringBuilder();
        BoundedProcess.Outcome outcome = report.outcome();
        out.append("## ").append(report.run().label()).append("\n\n")
                .append("Exit: ").append(outcome.timedOut() ? "timed out" : Integer.toString(outcome.exitCode()))
                .append(" · log: `").append(outcome.log()).append("`\n\n")
                .append("| Scenario | Checks passed | Other statuses | Failures |\n|---|---|---|---|\n");
        if (report.scenarios().isEmpty()) {
            out.append("| (no checks.json written; skipped or crashed, see log) | 0/0 | | |\n");
        }
        for (ConformanceResults.ScenarioResult scenario : report.scenarios()) {
            String failures = scenario.failures().stream()
                    .map(c -> "`" + c.id() + "`: " + cell(c.errorMessage().isEmpty() ? c.description() : c.errorMessage()))
                    .collect(Collectors.joining("<br>"));
            if (!failures.isEmpty() && expectedToFail.test(scenario.scenario())) {
                failures = "(expected) " + failures;
            }
            out.append("| ").append(scenario.scenario())
                    .append(" | ").append(scenario.passed()).append('/').append(scenario.checks().size())
                    .append(" | ").append(otherStatuses(scenario))
                    .append(" | ").append(failures).append(" |\n");
        }
        return out.append('\n').toString();
    }

    /** WARNING, INFO, SKIPPED...: neither pass nor fail, but a SKIPPED scenario proves nothing. */
    private static String otherStatuses(ConformanceResults.ScenarioResult scenario) {
        Map<String, Long> counts = scenario.checks().stream()
                .map(ConformanceResults.Check::status)
                .filter(status -> !"SUCCESS".equals(status) && !ConformanceResults.FAILURE.equals(status))
                .collect(Collectors.groupingBy(status -> status, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    }

    /** Keeps a free-text message inside one Markdown table cell. */
    private static String cell(String text) {
        String flat = text.replace("|", "\\|").replaceAll("\\s+", " ").trim();
        return flat.length() > 300 ? flat.substring(0, 297) + "..." : flat;
    }
}
