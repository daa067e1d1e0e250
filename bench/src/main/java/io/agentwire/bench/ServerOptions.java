package io.agentwire.bench;

import io.agentwire.bench.server.ChildJvmServer;
import io.agentwire.bench.server.InProcessServer;
import io.agentwire.bench.server.ServerHandle;
import io.agentwire.bench.targets.TargetRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by the commands that start servers, and where results go. */
final class ServerOptions {

    @Option(names = "--server-jvm-args", defaultValue = "-Xmx1g",
            description = "JVM options of each server's child JVM, space-separated (default: ${DEFAULT-VALUE}).")
    String serverJvmArgs;

    @Option(names = "--in-process",
            description = "Start servers inside this JVM instead of child JVMs (no heap numbers; for quick checks).")
    boolean inProcess;

    @Option(names = "--out", description = "Results directory (default: bench/target/results, or target/results "
            + "when run from inside bench/).")
    Path out;

    /** Starts {@code targetId} as configured, logging a child's stderr to the results directory. */
    ServerHandle start(String targetId) throws Exception {
        if (inProcess) {
            return InProcessServer.start(TargetRegistry.create(targetId));
        }
        List<String> jvmArgs = Arrays.stream(serverJvmArgs.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
        return ChildJvmServer.launch(targetId, jvmArgs, resultsDir().resolve(targetId + "-server.log"));
    }

    /** The results directory, created if needed. */
    Path resultsDir() throws IOException {
        Path dir = out != null ? out
                : Files.isDirectory(Paths.get("bench", "target")) ? Paths.get("bench", "target", "results")
                : Paths.get("target", "results");
        return Files.createDirectories(dir);
    }
}
