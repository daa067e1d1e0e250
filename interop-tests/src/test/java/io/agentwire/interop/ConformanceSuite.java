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
 * Drives the official {@code @modelcontextprotocol/conformance} CLI against one implementation: a
 * server URL ({@code conformance server --url}) or a client command line the CLI spawns once per
 * scenario ({@code conformance client --command}). Each {@link ConformanceRun} gets a fresh output
 * folder under {@code interop-tests/target/<side>-conformance/} so stale results can never be
 * mistaken for new ones.
 */
final class ConformanceSuite {

    static final String CLIENT_SCENARIO_TIMEOUT_MILLIS = "120000";

    /** The committed baseline, relative to the module directory. */
    static final String BASELINE = "conformance/expected-failures.yml";

    /** Which role the implementation under test plays; also the CLI's sub-command. */
    enum Side {
        SERVER("server", "--url"), CLIENT("client", "--command");

        private final String command;
        private final String targetFlag;

        Side(String command, String targetFlag) {
            this.command = command;
            this.targetFlag = targetFlag;
        }

        String command() {
            return command;
        }
    }

    private final NodePeers peers;
    private final Side side;
    private final String target;

    private ConformanceSuite(NodePeers peers, Side side, String target) {
        this.peers = peers;
        this.side = side;
        this.target = target;
    }

    /** The suite acting as a client of the server at {@code serverUrl}. */
    static ConformanceSuite againstServer(NodePeers peers, String serverUrl) {
        return new ConformanceSuite(peers, Side.SERVER, serverUrl);
    }

    /**
     * The suite acting as mock servers for the client {@code command}. The CLI splits the command
     * on spaces and appends the mock server's URL, so it must be a plain path without spaces.
     */
    static ConformanceSuite againstClient(NodePeers peers, String command) {
        return new ConformanceSuite(peers, Side.CLIENT, command);
    }

    Side side() {
        return side;
    }

    /** The outcome of a run together with the checks it recorded. */
    record Report(ConformanceRun run, BoundedProcess.Outcome outcome, List<ConformanceResults.ScenarioResult> scenarios) {
    }

    /** The server URL or client command under test. */
    String target() {
        return target;
    }

    Path baseline() {
        return peers.moduleFile(BASELINE);
    }

    /** The exact CLI arguments (after {@code node <conformance bin>}) for {@code run}. */
    List<String> arguments(ConformanceRun run, Path outputDir) {
        List<String> args = new ArrayList<>(List.of(side.command, side.targetFlag, target));
        args.addAll(run.selection());
        if (side == Side.CLIENT) {
            // Each client scenario starts a JVM; on a loaded two-core machine that alone can take most of the
            // suite's default 30 s, which would fail the scenario for the machine's sake, not the client's.
            args.addAll(List.of("--timeout", CLIENT_SCENARIO_TIMEOUT_MILLIS));
        }
        args.addAll(List.of("-o", outputDir.toString(), "--expected-failures", baseline().toString()));
        return args;
    }

    Report run(ConformanceRun run) {
        String folder = side == Side.SERVER ? "conformance" : "client-conformance";
        Path outputDir = peers.targetDir().resolve(folder).resolve(run.slug());
        deleteRecursively(outputDir);
        BoundedProcess.Outcome outcome = peers.runNode(peers.conformanceBin(), arguments(run, outputDir), run.timeout(),
                folder + "/" + run.slug() + ".log");
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
