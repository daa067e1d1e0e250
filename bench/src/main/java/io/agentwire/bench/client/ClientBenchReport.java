package io.agentwire.bench.client;

import io.agentwire.bench.report.Markdown;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The Markdown tables of the client benchmark: per client the median round by calls/s, the ratio to the Java SDK
 * client measured in the same run, and the 4 MiB result times against the 50 ms goal.
 */
public final class ClientBenchReport {
    /** The goals: at least 3× the Java SDK client's calls/s, the 4 MiB result within 50 ms. */
    static final double SPEEDUP_GOAL = 3.0;
    static final double BLOB_GOAL_MILLIS = 50.0;

    private final List<ClientBench.Measurement> medians;

    public ClientBenchReport(List<List<ClientBench.Measurement>> rounds) {
        this.medians = medians(rounds);
    }

    static List<ClientBench.Measurement> medians(List<List<ClientBench.Measurement>> rounds) {
        List<ClientBench.Measurement> result = new ArrayList<>();
        for (int client = 0; client < rounds.get(0).size(); client++) {
            List<ClientBench.Measurement> perClient = new ArrayList<>();
            for (List<ClientBench.Measurement> round : rounds) {
                perClient.add(round.get(client));
            }
            perClient.sort(Comparator.comparingDouble(m -> m.load().callsPerSecond()));
            result.add(perClient.get(perClient.size() / 2));
        }
        return result;
    }

    public String table() {
        double sdk = medians.get(medians.size() - 1).load().callsPerSecond();
        StringBuilder md = new StringBuilder(Markdown.header(List.of("client", "calls/s", "p50 ms", "p99 ms", "errors",
                "vs Java SDK", "4 MiB p50 ms", "4 MiB p99 ms", "4 MiB max ms")));
        for (ClientBench.Measurement m : medians) {
            md.append(Markdown.row(List.of(m.label(), Markdown.number(m.load().callsPerSecond(), 0),
                    Markdown.number(m.load().percentileMillis(50), 3), Markdown.number(m.load().percentileMillis(99), 3),
                    Long.toString(m.load().errors()), Markdown.ratio(m.load().callsPerSecond() / sdk),
                    Markdown.number(m.blob().percentile(50), 1), Markdown.number(m.blob().percentile(99), 1),
                    Markdown.number(m.blob().max(), 1))));
        }
        return md.toString();
    }

    public String goals() {
        double sdk = medians.get(medians.size() - 1).load().callsPerSecond();
        StringBuilder md = new StringBuilder();
        for (ClientBench.Measurement m : medians.subList(0, medians.size() - 1)) {
            double ratio = m.load().callsPerSecond() / sdk;
            md.append("- ").append(m.label()).append(": ").append(Markdown.ratio(ratio)).append(" the Java SDK client's calls/s (goal ≥ ")
                    .append(Markdown.ratio(SPEEDUP_GOAL)).append(") ").append(ratio >= SPEEDUP_GOAL ? "met" : "NOT met")
                    .append("; 4 MiB result p50 ").append(Markdown.number(m.blob().percentile(50), 1)).append(" ms (goal ≤ 50 ms) ")
                    .append(m.blob().percentile(50) <= BLOB_GOAL_MILLIS ? "met" : "NOT met").append('\n');
        }
        return md.toString();
    }
}
