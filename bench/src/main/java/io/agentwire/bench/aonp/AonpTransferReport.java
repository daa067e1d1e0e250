package io.agentwire.bench.aonp;

import java.util.List;

import io.agentwire.bench.report.Markdown;

/** The table and goal verdicts of {@code aonp-transfer}. */
public final class AonpTransferReport {
    static final double RATIO_GOAL = 0.8;
    static final long HEAP_GOAL = 64L << 20;

    private final List<AonpTransferBench.Result> results;

    public AonpTransferReport(List<AonpTransferBench.Result> results) {
        this.results = List.copyOf(results);
    }

    /** Markdown table: one row per transfer, with its ratio to its raw baseline. */
    public String table() {
        StringBuilder out = new StringBuilder(Markdown.header(List.of("transfer", "MiB", "seconds", "MiB/s",
                "vs raw", "peak memory growth MiB")));
        for (AonpTransferBench.Result r : results) {
            out.append(Markdown.row(List.of(r.name(), Markdown.number(Markdown.mib(r.bytes()), 0),
                    r.failure() == null ? Markdown.number(r.nanos() / 1e9, 2) : "failed: " + r.failure(),
                    Markdown.number(r.mibPerSecond(), 1),
                    r.baseline() == null ? "(baseline)" : Markdown.ratio(ratio(r)) + " of " + r.baseline(),
                    Markdown.number(Markdown.mib(r.heapGrowth()), 1))));
        }
        return out.toString();
    }

    /** One line per M2TP transfer: throughput ratio and heap growth against the goals. */
    public String goals() {
        StringBuilder out = new StringBuilder();
        for (AonpTransferBench.Result r : results) {
            if (r.baseline() == null) {
                continue;
            }
            double ratio = ratio(r);
            out.append("- ").append(r.name()).append(": ").append(Markdown.ratio(ratio)).append(" of ")
                    .append(r.baseline()).append(" (goal ≥ ").append(Markdown.ratio(RATIO_GOAL)).append(") ")
                    .append(ratio >= RATIO_GOAL ? "met" : "NOT met").append("; memory +")
                    .append(Markdown.number(Markdown.mib(r.heapGrowth()), 1)).append(" MiB (goal ≤ 64 MiB) ")
                    .append(r.heapGrowth() <= HEAP_GOAL ? "met" : "NOT met").append('\n');
        }
        return out.toString();
    }

    private double ratio(AonpTransferBench.Result r) {
        return results.stream().filter(b -> b.name().equals(r.baseline())).findFirst()
                .map(b -> r.mibPerSecond() / b.mibPerSecond()).orElse(Double.NaN);
    }
}
