package io.agentwire.bench;

import io.agentwire.bench.client.ClientBench;
import io.agentwire.bench.client.ClientBenchReport;
import io.agentwire.bench.server.ServerHandle;
import io.agentwire.bench.targets.ClientBenchServerTarget;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Client-side cost: Agentwire's MCP client (both eras) and the MCP Java SDK 2.1.0 client against the same
 * Agentwire server in a child JVM. Writes {@code mcp-client.md} to the results directory.
 */
@Command(name = "mcp-client", mixinStandardHelpOptions = true,
        description = "MCP clients side by side: tools/call calls/s and a 4 MiB result, against one Agentwire server.")
final class McpClientCommand implements Callable<Integer> {

    @Option(names = "--callers", defaultValue = "16", description = "Concurrent callers sharing one client (default: 16).")
    int callers;

    @Option(names = "--warmup", defaultValue = "5s", converter = DurationConverter.class, description = "Warm-up per client (default: 5s).")
    Duration warmup;

    @Option(names = "--duration", defaultValue = "10s", converter = DurationConverter.class, description = "Measured window per client (default: 10s).")
    Duration duration;

    @Option(names = "--blob-calls", defaultValue = "30", description = "Timed 4 MiB calls per client (default: 30).")
    int blobCalls;

    @Option(names = "--rounds", defaultValue = "1", description = "Interleaved rounds; the median by calls/s is kept (default: 1).")
    int rounds;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() throws Exception {
        List<String> log = new ArrayList<>();
        List<List<ClientBench.Measurement>> results;
        ClientBench.Settings settings = new ClientBench.Settings(callers, warmup, duration, 5, blobCalls, rounds);
        try (ServerHandle handle = server.start(ClientBenchServerTarget.ID)) {
            results = ClientBench.run("http://127.0.0.1:" + handle.port(), settings, line -> {
                System.err.println(line);
                log.add(line);
            });
        }
        ClientBenchReport report = new ClientBenchReport(results);
        System.out.print(report.table());
        StringBuilder md = new StringBuilder("# MCP clients side by side: tools/call and a 4 MiB result\n\n")
                .append(RunEnvironment.describe())
                .append("- server: Agentwire McpHttpServer in a child JVM (`").append(server.serverJvmArgs)
                .append("`), tools on the I/O thread; every client talks to the same server\n")
                .append("- load: ").append(callers).append(" callers sharing one client, closed loop, warm-up ")
                .append(warmup.toMillis()).append(" ms, measured ").append(duration.toMillis()).append(" ms, ")
                .append(rounds).append(" round(s), median by calls/s kept\n")
                .append("- 4 MiB: ").append(blobCalls).append(" sequential calls after 5 warm-up calls; time from the call to the")
                .append(" result text as a String, length checked\n\n")
                .append("## Results\n\n").append(report.table()).append("\n## Goals\n\n").append(report.goals())
                .append("\n## All runs\n\n```\n");
        log.forEach(line -> md.append(line).append('\n'));
        md.append("```\n\nThe machine is shared and small: compare ratios from one run, not absolute numbers across runs.\n");
        Path file = server.resultsDir().resolve("mcp-client.md");
        Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
        System.err.println("written " + file.toAbsolutePath());
        return 0;
    }
}
