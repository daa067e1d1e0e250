package io.agentwire.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Drives the official {@code @modelcontextprotocol/conformance} CLI against one server URL. Each
 * {@link ConformanceRun} gets a fresh output folder under {@code interop-tests/target/conformance/}
 * so stale results can never be mistaken for new ones.
 */
final class ConformanceSuite {

    /** The committed baseline, relative to the module directory. */
    static final String BASELINE = "conformance/expected-failures.yml";

    private final NodePeers peers;
    private final String serverUrl;

    ConformanceSuite(NodePeers peers, String serverUrl) {
        this.peers = peers;
        this.serverUrl = serverUrl;
    }

    /** The outcome of a run together with the checks it recorded. */
    record Report(ConformanceRun run, BoundedProcess.Outcome outcome, List<ConformanceResults.ScenarioResult> scenarios) {
    }

    String serverUrl() {
        return serverUrl;
    }

    Path baseline() {
        return peers.moduleFile(BASELINE);
    }

    /** The exact CLI arguments (after {@code node <conformance bin>}) for {@code run}. */
    List<String> arguments(ConformanceRun run, Path outputDir) {
        List<String> args = new ArrayList<>(List.of("server", "--url", serverUrl));
        args.addAll(run.selection());
        args.addAll(List.of("-o", outputDir.toString(), "--expected-failures", baseline().toString()));
        return args;
    }

    Report run(ConformanceRun run) {
        Path outputDir = peers.targetDir().resolve("conformance").resolve(run.slug());
        deleteRecursively(outputDir);
        BoundedProcess.Outcome outcome = peers.runNode(peers.conformanceBin(), arguments(run, outputDir), run.timeout(),
                "conformance/" + run.slug() + ".log");
        return new Report(run, outcome, ConformanceResults.read(outputDir));
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
