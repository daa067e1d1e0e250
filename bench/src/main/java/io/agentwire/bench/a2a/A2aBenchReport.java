package io.agentwire.bench.a2a;

import io.agentwire.bench.report.Markdown;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The A2A benchmark's tables: per agent the median round by requests/s, the ratio to the a2a-js agent measured in
 * the same run, and the first-event latency, with the goals checked.
 */
public final class A2aBenchReport {
    static final double SPEEDUP_GOAL = 10.0;
    static final double THROUGHPUT_GOAL = 5_000;
    static final double FIRST_EVENT_GOAL_MILLIS = 1.0;

    private final List<A2aBench.Measurement> medians = new ArrayList<>();

    public A2aBenchReport(List<List<A2aBench.Measurement>> rounds) {
        for (int agent = 0; agent < rounds.get(0).size(); agent++) {
            List<A2aBench.Measurement> perAgent = new ArrayList<>();
            for (List<A2aBench.Measurement> round : rounds) {
                perAgent.add(round.get(agent));
            }
            perAgent.sort(Comparator.comparingDouble(m -> m.load().throughput()));
            medians.add(perAgent.get(perAgent.size() / 2));
        }
    }

    private double anchor() {
        return medians.size() > 1 ? medians.get(medians.size() - 1).load().throughput() : Double.NaN;
    }

    public String table() {
        StringBuilder md = new StringBuilder(Markdown.header(List.of("agent", "SendMessage req/s", "p50 ms", "p99 ms", "errors",
                "server CPU µs/call", "vs a2a-js", "first event p50 ms", "first event p99 ms")));
        for (A2aBench.Measurement m : medians) {
            md.append(Markdown.row(List.of(m.label(), Markdown.number(m.load().throughput(), 0),
                    Markdown.number(m.load().percentileMillis(50), 3), Markdown.number(m.load().percentileMillis(99), 3),
                    Long.toString(m.load().errors() + m.load().setupFailures() + m.load().incomplete()),
                    Markdown.number(m.cpuMicrosPerCall(), 1), Markdown.ratio(m.load().throughput() / anchor()),
                    Markdown.number(FirstEventProbe.percentile(m.firstEventMillis(), 50), 3),
                    Markdown.number(FirstEventProbe.percentile(m.firstEventMillis(), 99), 3))));
        }
        return md.toString();
    }

    public String goals() {
        A2aBench.Measurement ours = medians.get(0);
        double ratio = ours.load().throughput() / anchor();
        double firstEvent = FirstEventProbe.percentile(ours.firstEventMillis(), 50);
        return "- ≥ 10× the a2a-js agent's requests/s: " + Markdown.ratio(ratio) + " " + verdict(ratio >= SPEEDUP_GOAL) + "\n"
                + "- ≥ 5,000 requests/s on this machine: " + Markdown.number(ours.load().throughput(), 0) + " "
                + verdict(ours.load().throughput() >= THROUGHPUT_GOAL) + "\n"
                + "- first streamed event p50 ≤ 1 ms: " + Markdown.number(firstEvent, 3) + " ms " + verdict(firstEvent <= FIRST_EVENT_GOAL_MILLIS) + "\n";
    }

    private static String verdict(boolean met) {
        return met ? "met" : "NOT met";
    }
}
