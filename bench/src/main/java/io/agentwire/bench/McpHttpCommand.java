package io.agentwire.bench;

import io.agentwire.bench.load.LoadConfig;
import io.agentwire.bench.load.LoadGenerator;
import io.agentwire.bench.load.LoadResult;
import io.agentwire.bench.report.McpHttpReport;
import io.agentwire.bench.report.TargetResult;
import io.agentwire.bench.server.ServerHandle;
import io.agentwire.bench.targets.BenchTarget;
import io.agentwire.bench.targets.TargetRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tools/call} over Streamable HTTP against every target in one run, one after another, each server in a fresh
 * child JVM; with {@code --rounds N} the targets are interleaved N times and each target's median round is kept, which
 * evens out a noisy shared machine better than one long run per target.
 */
@Command(name = "mcp-http", mixinStandardHelpOptions = true,
        description = "Throughput and latency of tools/call per target, reported side by side as ratios.")
final class McpHttpCommand implements Callable<Integer> {

    private static final String HOST = "127.0.0.1";

    @Option(names = "--connections", defaultValue = "16", description = "Keep-alive connections (default: 16).")
    int connections;

    @Option(names = "--warmup", defaultValue = "5s", description = "Warm-up per target (default: 5s).")
    Duration warmup;

    @Option(names = "--duration", defaultValue = "15s", description = "Measured time per target (default: 15s).")
    Duration duration;

    @Option(names = "--targets", split = ",", description = "Target ids, comma-separated (default: all registered).")
    List<String> targets;

    @Option(names = "--client-threads", defaultValue = "2",
            description = "Load generator event-loop threads (default: 2).")
    int clientThreads;

    @Option(names = "--rounds", defaultValue = "1", description = "Interleaved rounds; the median is kept (default: 1).")
    int rounds;

    @Option(names = "--drain", defaultValue = "5s",
            description = "Wait for in-flight responses after the window (default: 5s).")
    Duration drain;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() throws Exception {
        if (!TargetRegistry.ids().containsAll(targets == null ? List.of() : targets)) {
            System.err.println("unknown target in " + targets + "; known: " + TargetRegistry.ids());
            return 2;
        }
        List<String> ids = targets == null || targets.isEmpty() ? TargetRegistry.ids() : targets;
        ids.forEach(TargetRegistry::create); // fail fast on a typo, before minutes of runs
        Map<String, List<TargetResult>> runs = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        List<String> log = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            for (String id : ids) {
                try {
                    TargetResult result = runOnce(id);
                    runs.computeIfAbsent(id, k -> new ArrayList<>()).add(result);
                    String line = String.format(Locale.ROOT,
                            "round %d %-18s %9.0f req/s  p50 %.3f ms  p99 %.3f ms  server CPU %.1f µs/call  errors %d",
                            round, id, result.load().throughput(), result.load().percentileMillis(50),
                            result.load().percentileMillis(99), result.serverCpuMicrosPerCall(),
                            result.load().errors() + result.load().setupFailures() + result.load().incomplete());
                    System.err.println(line);
                    log.add(line);
                } catch (Exception e) {
                    System.err.println("round " + round + " " + id + " failed: " + e);
                    failures.add(id + " (round " + round + "): " + e);
                }
            }
        }
        List<TargetResult> medians = new ArrayList<>();
        for (List<TargetResult> perTarget : runs.values()) {
            List<TargetResult> sorted = new ArrayList<>(perTarget);
            sorted.sort(Comparator.comparingDouble(r -> r.load().throughput()));
            medians.add(sorted.get(sorted.size() / 2));
        }
        McpHttpReport report = new McpHttpReport(medians, connections);
        System.out.print(report.table());
        Path file = server.resultsDir().resolve("mcp-http.md");
        Files.writeString(file, document(report, failures, log), StandardCharsets.UTF_8);
        System.err.println("written " + file.toAbsolutePath());
        return failures.isEmpty() ? 0 : 1;
    }

    private TargetResult runOnce(String id) throws Exception {
        BenchTarget target = TargetRegistry.create(id);
        try (ServerHandle handle = server.start(id)) {
            OptionalLong heapIdle = handle.heapAfterGc();
            LoadConfig config = new LoadConfig(HOST, handle.port(), connections, warmup, duration, clientThreads, drain);
            CpuMeter cpu = new CpuMeter(handle);
            LoadResult load = new LoadGenerator().run(config, target.requestFor(HOST, handle.port()), cpu);
            OptionalLong heapAfter = handle.heapAfterGc();
            return new TargetResult(id, target.label(), load, heapIdle, heapAfter, cpu.server(), cpu.client());
        }
    }

    private String document(McpHttpReport report, List<String> failures, List<String> log) {
        StringBuilder md = new StringBuilder("# MCP Streamable HTTP: tools/call side by side\n\n");
        md.append(RunEnvironment.describe())
                .append("- load: ").append(connections).append(" keep-alive connections, closed loop, warm-up ")
                .append(warmup.toMillis()).append(" ms, measured ").append(duration.toMillis()).append(" ms, ")
                .append(clientThreads).append(" client threads, ").append(rounds)
                .append(" round(s) (median by req/s kept; the upper one for an even count)\n")
                .append("- servers: ").append(server.inProcess ? "in the load generator's JVM (no heap numbers)"
                        : "one child JVM each, `" + server.serverJvmArgs + "`").append("\n\n");
        md.append("## Results\n\n").append(report.table()).append('\n');
        md.append("Latency: send to last byte of the response (for SSE, the terminating chunk after the JSON-RPC "
                + "response event), closed loop, so it is service time at this concurrency. Heap: the server JVM's "
                + "used heap after full GCs right after the load (Java heap only; Netty's direct buffers are off-heap)."
                + " Heap idle: the same, after start-up and before any load. CPU/call: process CPU time of the server "
                + "(or of the load generator) inside the window divided by the calls completed in it; the steadiest "
                + "number on a shared machine. Errors: failed calls + failed setups + unanswered at the end.\n\n");
        md.append("## Ratios\n\n").append(report.ratios()).append('\n');
        md.append("## Goals\n\n").append(report.goals()).append('\n');
        md.append("## All runs\n\n```\n");
        log.forEach(l -> md.append(l).append('\n'));
        md.append("```\n\n");
        if (!failures.isEmpty()) {
            md.append("## Failed runs\n\n");
            failures.forEach(f -> md.append("- ").append(f).append('\n'));
            md.append('\n');
        }
        md.append("The machine is shared and small: compare ratios from one run, not absolute numbers across runs.\n");
        return md.toString();
    }
}
