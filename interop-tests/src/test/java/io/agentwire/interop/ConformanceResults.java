package io.agentwire.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the {@code checks.json} files the conformance CLI writes under its {@code -o} folder, one
 * sub-folder per scenario named {@code server-<scenario>-<timestamp>}.
 */
final class ConformanceResults {

    /** Check status meaning the implementation violated a requirement. */
    static final String FAILURE = "FAILURE";

    private static final Pattern RESULT_DIR = Pattern.compile("^server-(.+)-\\d{4}-\\d{2}-\\d{2}T[\\d-]+Z$");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ConformanceResults() {
    }

    /** One check reported by a scenario. */
    record Check(String id, String status, String description, String errorMessage) {

        boolean failed() {
            return FAILURE.equals(status);
        }
    }

    /** All checks of one scenario run. */
    record ScenarioResult(String scenario, List<Check> checks) {

        long passed() {
            return checks.stream().filter(c -> "SUCCESS".equals(c.status())).count();
        }

        List<Check> failures() {
            return checks.stream().filter(Check::failed).toList();
        }
    }

    /** Every scenario result under {@code outputDir}, sorted by scenario name; empty if none ran. */
    static List<ScenarioResult> read(Path outputDir) {
        if (!Files.isDirectory(outputDir)) {
            return List.of();
        }
        List<ScenarioResult> results = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(outputDir)) {
            for (Path dir : dirs.sorted().toList()) {
                Path checks = dir.resolve("checks.json");
                if (Files.isRegularFile(checks)) {
                    results.add(new ScenarioResult(scenarioName(dir), parseChecks(checks)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        results.sort(Comparator.comparing(ScenarioResult::scenario));
        return results;
    }

    static String scenarioName(Path resultDir) {
        String name = resultDir.getFileName().toString();
        Matcher m = RESULT_DIR.matcher(name);
        return m.matches() ? m.group(1) : name;
    }

    static List<Check> parseChecks(Path checksJson) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(checksJson));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Check> checks = new ArrayList<>();
        for (JsonNode node : root) {
            checks.add(new Check(text(node, "id"), text(node, "status"), text(node, "description"),
                    text(node, "errorMessage")));
        }
        return checks;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.stringValue() : "";
    }
}
