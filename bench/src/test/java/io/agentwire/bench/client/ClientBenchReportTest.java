package io.agentwire.bench.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** The report's arithmetic: medians over rounds, ratios to the last (Java SDK) client, goal verdicts. */
class ClientBenchReportTest {

    private static ClientBench.Measurement measurement(String label, long calls, double blobMillis) {
        Histogram latency = new Histogram(3);
        latency.recordValue(1000);
        ClosedLoop.Result load = new ClosedLoop.Result(calls, 0, 1.0, latency, "");
        return new ClientBench.Measurement(label, load, new BlobTimer.Result(new double[] {blobMillis}));
    }

    @Test
    void keepsTheMedianRoundAndComparesWithTheSdk() {
        List<List<ClientBench.Measurement>> rounds = List.of(
                List.of(measurement("ours", 3000, 30), measurement("sdk", 1000, 60)),
                List.of(measurement("ours", 5000, 31), measurement("sdk", 900, 61)),
                List.of(measurement("ours", 4000, 32), measurement("sdk", 1100, 62)));

        ClientBenchReport report = new ClientBenchReport(rounds);

        assertEquals(4000, ClientBenchReport.medians(rounds).get(0).load().calls());
        assertTrue(report.table().contains("| ours | 4,000 |"), report.table());
        assertTrue(report.table().contains("| 4.00× |"), report.table());
        assertTrue(report.goals().contains("4.00× the Java SDK client's calls/s (goal ≥ 3.00×) met"), report.goals());
        assertTrue(report.goals().contains("p50 32.0 ms (goal ≤ 50 ms) met"), report.goals());
    }

    @Test
    void missedGoalsAreSaid() {
        ClientBenchReport report = new ClientBenchReport(List.of(List.of(measurement("ours", 2000, 80), measurement("sdk", 1000, 60))));
        assertTrue(report.goals().contains("2.00× the Java SDK client's calls/s (goal ≥ 3.00×) NOT met"), report.goals());
        assertTrue(report.goals().contains("(goal ≤ 50 ms) NOT met"), report.goals());
    }
}
