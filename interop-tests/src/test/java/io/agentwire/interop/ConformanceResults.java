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
 * sub-folder per scenario: {@code server-<scenario>-<timestamp>} for server runs and
 * {@code <scenario>-<timestamp>} for client runs, where a scenario such as {@code auth/dpop} nests
 * one folder deeper.
 */
final class ConformanceResults {

    /** Check status meaning the implementation violated a requirement. */
    static final String FAILURE = "FAILURE";

    private static final Pattern RESULT_DIR = Pattern.compile("^(?:server-)?(.+)-\\d{4}-\\d{2}-\\d{2}T[\\d-]+Z$");

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
        try (Stream<Path> files = Files.walk(outputDir, 3)) {
            for (Path checks : files.filter(f -> f.getFileName().toString().equals("checks.json")).toList()) {
                results.add(new ScenarioResult(scenarioName(outputDir.relativize(checks.getParent())), parseChecks(checks)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        results.sort(Comparator.comparing(ScenarioResult::scenario));
        return results;
    }

    /** The scenario a result folder belongs to, from its path relative to the output folder. */
    static String scenarioName(Path relativeResultDir) {
        String name = relativeResultDir.toString().replace('\\', '/');
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
