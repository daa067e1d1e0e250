package io.agentwire.bench.aonp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.agentwire.bench.report.Markdown;

/**
 * The table and goal verdicts of {@code aonp-transfer}. A row's ratio is the median over the rounds of its
 * throughput divided by its baseline's in the same round: the two ran back to back, so a slow spell of a shared
 * machine weighs on both.
 */
public final class AonpTransferReport {
    static final double RATIO_GOAL = 0.8;
    static final long HEAP_GOAL = 64L << 20;

    private final Map<String, List<AonpTransferBench.Result>> rows;

    public AonpTransferReport(List<AonpTransferBench.Result> results) {
        this.rows = results.stream().collect(Collectors.groupingBy(AonpTransferBench.Result::name,
                LinkedHashMap::new, Collectors.toList()));
    }

    /** Markdown table: one row per transfer, its median throughput and its ratio to its raw baseline. */
    public String table() {
        StringBuilder out = new StringBuilder(Markdown.header(List.of("transfer", "MiB", "rounds", "MiB/s (median)",
                "vs raw (median)", "per round", "CPU s/GiB (median)", "peak memory growth MiB")));
        rows.forEach((name, runs) -> {
            AonpTransferBench.Result first = runs.get(0);
            List<Double> ratios = ratios(runs);
            out.append(Markdown.row(List.of(name, Markdown.number(Markdown.mib(first.bytes()), 0),
                    Integer.toString(runs.size()), throughput(runs),
                    first.baseline() == null ? "(baseline)" : Markdown.ratio(median(ratios)) + " of "
                            + first.baseline(),
                    first.baseline() == null ? perRound(runs) : ratios.stream().map(Markdown::ratio)
                            .collect(Collectors.joining(", ")),
                    Markdown.number(median(runs.stream().map(AonpTransferBench.Result::cpuSecondsPerGib).toList()),
                            2),
                    Markdown.number(Markdown.mib(peakHeap(runs)), 1))));
        });
        return out.toString();
    }

    /** One line per M2TP transfer: median throughput ratio and peak heap growth against the goals. */
    public String goals() {
        StringBuilder out = new StringBuilder();
        rows.forEach((name, runs) -> {
            String baseline = runs.get(0).baseline();
            if (baseline == null) {
                return;
            }
            double ratio = median(ratios(runs));
            long heap = peakHeap(runs);
            out.append("- ").append(name).append(": ").append(Markdown.ratio(ratio)).append(" of ").append(baseline)
                    .append(" (goal ≥ ").append(Markdown.ratio(RATIO_GOAL)).append(") ")
                    .append(ratio >= RATIO_GOAL ? "met" : "NOT met").append("; memory +")
                    .append(Markdown.number(Markdown.mib(heap), 1)).append(" MiB (goal ≤ 64 MiB) ")
                    .append(heap <= HEAP_GOAL ? "met" : "NOT met").append('\n');
        });
        return out.toString();
    }

    /** Each round's throughput of {@code runs} over its baseline's in the same round (NaN when either failed). */
    private List<Double> ratios(List<AonpTransferBench.Result> runs) {
        List<Double> ratios = new ArrayList<>();
        List<AonpTransferBench.Result> baselines = rows.getOrDefault(runs.get(0).baseline(), List.of());
        for (AonpTransferBench.Result run : runs) {
            ratios.add(baselines.stream().filter(b -> b.round() == run.round()).findFirst()
                    .map(b -> run.mibPerSecond() / b.mibPerSecond()).orElse(Double.NaN));
        }
        return ratios;
    }

    private static String throughput(List<AonpTransferBench.Result> runs) {
        List<String> failures = runs.stream().filter(r -> r.failure() != null).map(r -> "round " + r.round()
                + " failed: " + r.failure()).toList();
        double median = median(runs.stream().map(AonpTransferBench.Result::mibPerSecond).toList());
        return Markdown.number(median, 1) + (failures.isEmpty() ? "" : " (" + String.join("; ", failures) + ")");
    }

    private static String perRound(List<AonpTransferBench.Result> runs) {
        return runs.stream().map(r -> Markdown.number(r.mibPerSecond(), 0) + " MiB/s")
                .collect(Collectors.joining(", "));
    }

    private static long peakHeap(List<AonpTransferBench.Result> runs) {
        return runs.stream().mapToLong(AonpTransferBench.Result::heapGrowth).max().orElse(0);
    }

    /** The median of the values that are numbers, NaN when none is (a failed run has no throughput). */
    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).filter(v -> !Double.isNaN(v)).sorted()
                .toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
