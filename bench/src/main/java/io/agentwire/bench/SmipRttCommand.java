package io.agentwire.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.agentwire.bench.aonp.SmipRttBench;
import io.agentwire.bench.report.Markdown;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** SMIP invocation round trips over TCP and QUIC beside a plain socket echo, in one run. Writes {@code smip-rtt.md}. */
@Command(name = "smip-rtt", mixinStandardHelpOptions = true,
        description = "SMIP invocation round trip (echo service) over TCP and QUIC vs a raw loopback socket echo.")
final class SmipRttCommand implements Callable<Integer> {
    static final long P50_GOAL_NANOS = 500_000;

    @Option(names = "--count", defaultValue = "20000", description = "Measured invocations per path and phase "
            + "(default ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--warmup", defaultValue = "10000", description = "Invocations per path before measuring "
            + "(default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--concurrency", defaultValue = "64", description = "Outstanding invocations in the "
            + "throughput phase (default ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--out", description = "Results directory (default: bench/target/results, or target/results).")
    Path out;

    @Override
    public Integer call() throws Exception {
        List<SmipRttBench.Result> results = SmipRttBench.run(warmup, count, concurrency, System.err::println);
        String table = table(results);
        String goals = goals(results);
        System.out.print(table);
        System.out.print(goals);
        String md = "# SMIP invocation round trip\n\n" + RunEnvironment.describe()
                + "- echo service answering on the connection's thread, client and server in one JVM, loopback; "
                + warmup + " warm-up and " + count + " measured invocations per path, one at a time for latency, "
                + concurrency + " outstanding for throughput\n\n## Results\n\n" + table + "\n## Goals\n\n" + goals
                + "\nThe machine is shared and small: compare ratios from one run, not absolute numbers.\n";
        RunEnvironment.writeReport(out, "smip-rtt.md", md);
        return 0;
    }

    static String table(List<SmipRttBench.Result> results) {
        long floor = results.get(0).p50Nanos();
        StringBuilder out = new StringBuilder(Markdown.header(List.of("path", "p50 ms", "p99 ms",
                "p50 vs raw socket", "invocations/s")));
        for (SmipRttBench.Result r : results) {
            out.append(Markdown.row(List.of(r.name(), Markdown.number(r.p50Nanos() / 1e6, 3),
                    Markdown.number(r.p99Nanos() / 1e6, 3),
                    r.baseline() == null ? "(baseline)" : Markdown.ratio((double) r.p50Nanos() / floor),
                    r.perSecond() == 0 ? "" : Markdown.number(r.perSecond(), 0))));
        }
        return out.toString();
    }

    static String goals(List<SmipRttBench.Result> results) {
        StringBuilder out = new StringBuilder();
        for (SmipRttBench.Result r : results) {
            if (r.baseline() != null) {
                out.append("- ").append(r.name()).append(": p50 ").append(Markdown.number(r.p50Nanos() / 1e6, 3))
                        .append(" ms (goal ≤ 0.5 ms) ").append(r.p50Nanos() <= P50_GOAL_NANOS ? "met" : "NOT met")
                        .append('\n');
            }
        }
        return out.toString();
    }
}
