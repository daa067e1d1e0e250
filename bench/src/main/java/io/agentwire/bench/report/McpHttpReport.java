package io.agentwire.bench.report;

import static io.agentwire.bench.report.Markdown.header;
import static io.agentwire.bench.report.Markdown.number;
import static io.agentwire.bench.report.Markdown.ratio;
import static io.agentwire.bench.report.Markdown.row;

import io.agentwire.bench.targets.TargetRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The {@code mcp-http} report: one row per target with absolute numbers, a ratio table against the raw echo and the
 * Java SDK, and the goals evaluated on what was measured.
 */
public final class McpHttpReport {

    private static final String MODERN = "agentwire-modern";
    private static final String LEGACY = "agentwire-legacy";

    private final List<TargetResult> results;
    private final int connections;

    /** A report of {@code results} (in display order) measured at {@code connections} connections. */
    public McpHttpReport(List<TargetResult> results, int connections) {
        this.results = List.copyOf(results);
        this.connections = connections;
    }

    /** The main table only, as printed on the console. */
    public String table() {
        StringBuilder md = new StringBuilder();
        md.append(header(List.of("target", "req/s", "p50 ms", "p99 ms", "heap MiB", "vs raw echo", "vs Java SDK",
                "p90 ms", "p99.9 ms", "server CPU µs/call", "client CPU µs/call", "heap idle MiB", "errors")));
        for (TargetResult r : results) {
            md.append(row(List.of(r.label(),
                    number(r.load().throughput(), 0),
                    number(r.load().percentileMillis(50), 3),
                    number(r.load().percentileMillis(99), 3),
                    r.heapAfter().isPresent() ? number(Markdown.mib(r.heapAfter().getAsLong()), 1) : "n/a",
                    ratio(throughputRatio(r, TargetRegistry.RAW_ECHO)),
                    ratio(throughputRatio(r, TargetRegistry.JAVA_SDK)),
                    number(r.load().percentileMillis(90), 3),
                    number(r.load().percentileMillis(99.9), 3),
                    number(r.serverCpuMicrosPerCall(), 1),
                    number(r.clientCpuMicrosPerCall(), 1),
                    r.heapIdle().isPresent() ? number(Markdown.mib(r.heapIdle().getAsLong()), 1) : "n/a",
                    failures(r))));
        }
        return md.toString();
    }

    /** Ratio table: each metric divided by the same metric of the raw echo and of the Java SDK. */
    public String ratios() {
        StringBuilder md = new StringBuilder();
        md.append(header(List.of("target", "req/s ÷ raw", "p50 ÷ raw", "p99 ÷ raw", "heap ÷ raw",
                "CPU/call ÷ raw", "req/s ÷ SDK", "p50 ÷ SDK", "p99 ÷ SDK", "heap ÷ SDK", "CPU/call ÷ SDK")));
        for (TargetResult r : results) {
            List<String> cells = new ArrayList<>();
            cells.add(r.label());
            for (String base : List.of(TargetRegistry.RAW_ECHO, TargetRegistry.JAVA_SDK)) {
                cells.add(ratio(throughputRatio(r, base)));
                cells.add(ratio(metricRatio(r, base, t -> t.load().percentileMillis(50))));
                cells.add(ratio(metricRatio(r, base, t -> t.load().percentileMillis(99))));
                cells.add(ratio(metricRatio(r, base, McpHttpReport::heapAfter)));
                cells.add(ratio(metricRatio(r, base, TargetResult::serverCpuMicrosPerCall)));
            }
            md.append(row(cells));
        }
        return md.toString();
    }

    /** The goals, each PASS, FAIL or n/a when a needed target did not run. */
    public String goals() {
        StringBuilder md = new StringBuilder();
        Optional<TargetResult> modern = find(MODERN);
        md.append("- Agentwire modern ≥ 0.5× raw echo req/s: ")
                .append(verdict(modern.map(m -> throughputRatio(m, TargetRegistry.RAW_ECHO)), 0.5, true)).append('\n');
        md.append("- Agentwire modern ≥ 5× Java SDK req/s: ")
                .append(verdict(modern.map(m -> throughputRatio(m, TargetRegistry.JAVA_SDK)), 5.0, true)).append('\n');
        for (String id : List.of(MODERN, LEGACY)) {
            md.append("- ").append(id).append(" p99 ≤ 2 ms at 16 connections: ")
                    .append(connections != 16 ? "n/a (ran at " + connections + " connections)"
                            : verdict(find(id).map(t -> t.load().percentileMillis(99)), 2.0, false))
                    .append('\n');
        }
        return md.toString();
    }

    private static String verdict(Optional<Double> measured, double bound, boolean atLeast) {
        if (measured.isEmpty() || Double.isNaN(measured.get())) {
            return "n/a (target not run)";
        }
        double v = measured.get();
        boolean pass = atLeast ? v >= bound : v <= bound;
        return (pass ? "PASS" : "FAIL") + " (" + number(v, 3) + ")";
    }

    private double throughputRatio(TargetResult r, String baseId) {
        return metricRatio(r, baseId, t -> t.load().throughput());
    }

    private double metricRatio(TargetResult r, String baseId, ToDoubleFunction<TargetResult> metric) {
        return find(baseId).map(base -> metric.applyAsDouble(r) / metric.applyAsDouble(base)).orElse(Double.NaN);
    }

    private static double heapAfter(TargetResult r) {
        return r.heapAfter().isPresent() ? r.heapAfter().getAsLong() : Double.NaN;
    }

    private static String failures(TargetResult r) {
        String s = Long.toString(r.load().errors() + r.load().setupFailures() + r.load().incomplete());
        return r.load().reconnects() == 0 ? s : s + " (" + r.load().reconnects() + " reconnects)";
    }

    private Optional<TargetResult> find(String id) {
        return results.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
