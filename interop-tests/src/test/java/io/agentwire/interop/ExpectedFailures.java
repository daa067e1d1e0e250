package io.agentwire.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The committed conformance baseline ({@code --expected-failures}): scenarios known to fail. The
 * CLI honours it for its exit code; the tests honour it too when they inspect individual checks, so
 * one file governs both. Only the flat subset of YAML the CLI documents is understood:
 * {@code server:} / {@code client:} keys with {@code []} or {@code - scenario} items.
 */
record ExpectedFailures(Set<String> server, Set<String> client) {

    private static final Pattern KEY = Pattern.compile("^([A-Za-z_]+):\\s*(\\[\\s*\\])?\\s*$");
    private static final Pattern ITEM = Pattern.compile("^\\s+-\\s+['\"]?([^'\"\\s]+)['\"]?\\s*$");

    static ExpectedFailures read(Path file) {
        try {
            return parse(Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ExpectedFailures parse(List<String> lines) {
        Set<String> server = new LinkedHashSet<>();
        Set<String> client = new LinkedHashSet<>();
        Set<String> current = null;
        for (String raw : lines) {
            String line = raw.replaceFirst("\\s+#.*$", "").replaceFirst("^#.*$", "");
            if (line.isBlank()) {
                continue;
            }
            Matcher key = KEY.matcher(line);
            Matcher item = ITEM.matcher(line);
            if (key.matches()) {
                current = "server".equals(key.group(1)) ? server : "client".equals(key.group(1)) ? client : null;
            } else if (item.matches() && current != null) {
                current.add(item.group(1));
            } else {
                throw new IllegalArgumentException("unsupported line in expected-failures file: " + raw);
            }
        }
        return new ExpectedFailures(Set.copyOf(server), Set.copyOf(client));
    }

    boolean serverScenarioExpectedToFail(String scenario) {
        return server.contains(scenario);
    }

    /** Whether {@code scenario}, run against the given side, is listed as a known failure. */
    boolean expectedToFail(ConformanceSuite.Side side, String scenario) {
        return side == ConformanceSuite.Side.SERVER ? server.contains(scenario) : client.contains(scenario);
    }
}
