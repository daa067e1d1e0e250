package io.agentwire.bench.aonp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The benchmark runs end to end with small sizes and reports every row; timings are not checked. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class AonpTransferBenchTest {
    @Test
    void runsTheTcpTransfersAndPrintsATable() throws Exception {
        List<String> log = new ArrayList<>();
        // one warm-up round, then two measured ones
        List<AonpTransferBench.Result> results = AonpTransferBench.run(
                new AonpTransferBench.Plan(8L << 20, 0, 4L << 20, 0, 1, 2), log::add);
        assertEquals(List.of(AonpTransferBench.RAW_TCP, AonpTransferBench.M2TP_TCP, AonpTransferBench.RAW_TCP,
                AonpTransferBench.M2TP_TCP),
                results.stream().map(AonpTransferBench.Result::name).toList());
        results.forEach(r -> assertNull(r.failure(), r.name() + " failed: " + r.failure()));
        AonpTransferReport report = new AonpTransferReport(results);
        assertTrue(report.table().contains("of raw TCP socket copy"), report.table());
        assertTrue(report.goals().contains("goal ≤ 64 MiB"), report.goals());
        assertEquals(List.of(1, 1, 2, 2), results.stream().map(AonpTransferBench.Result::round).toList());
        assertTrue(log.get(0).startsWith("warm-up round 1"), log.get(0));
        assertEquals(5, log.size());
    }

    /** Ratios pair each round with its baseline's same round, and the table shows their median. */
    @Test
    void reportsTheMedianOfPerRoundRatios() {
        List<AonpTransferBench.Result> results = List.of(
                result(1, AonpTransferBench.RAW_TCP, null, 1.0, 0),
                result(1, AonpTransferBench.M2TP_TCP, AonpTransferBench.RAW_TCP, 2.0, 3L << 20),
                result(2, AonpTransferBench.RAW_TCP, null, 2.0, 0),
                result(2, AonpTransferBench.M2TP_TCP, AonpTransferBench.RAW_TCP, 2.4, 1L << 20),
                result(3, AonpTransferBench.RAW_TCP, null, 0.5, 0),
                result(3, AonpTransferBench.M2TP_TCP, AonpTransferBench.RAW_TCP, 0.55, 2L << 20));
        AonpTransferReport report = new AonpTransferReport(results);
        // per round: 0.50, 0.83, 0.91; the median is the second; memory is the peak over the rounds
        assertTrue(report.table().contains("| 0.83× of raw TCP socket copy | 0.50×, 0.83×, 0.91× | 3.00 | 3.0 |"),
                report.table());
        assertTrue(report.goals().contains("0.83× of raw TCP socket copy (goal ≥ 0.80×) met"), report.goals());
        assertEquals(768.0, AonpTransferReport.median(List.of(512.0, 1024.0, Double.NaN)), 1e-9);
    }

    private static AonpTransferBench.Result result(int round, String name, String baseline, double seconds,
            long heap) {
        return new AonpTransferBench.Result(round, name, baseline, 1L << 30, (long) (seconds * 1e9), heap,
                (long) (seconds * 1.5e9), null);
    }

    /** With the QUIC rows: kwik 0.10.8 can stall a stream for good, so this runs on request (see bench/pom.xml). */
    @Test
    @Tag("kwik-bulk")
    void runsEveryTransferAndPrintsATable() throws Exception {
        List<String> log = new ArrayList<>();
        List<AonpTransferBench.Result> results = AonpTransferBench.run(
                new AonpTransferBench.Plan(8L << 20, 4L << 20, 0, 0, 0, 1), log::add);
        assertEquals(5, results.size());
        assertEquals(8L << 20, results.get(0).bytes());
        assertEquals(4L << 20, results.get(2).bytes());
        AonpTransferReport report = new AonpTransferReport(results);
        String table = report.table();
        for (String row : List.of(AonpTransferBench.RAW_TCP, AonpTransferBench.RAW_QUIC, AonpTransferBench.M2TP_TCP,
                AonpTransferBench.M2TP_QUIC, AonpTransferBench.RELAY)) {
            assertTrue(table.contains("| " + row + " |"), table);
        }
        assertEquals(5, log.size());
    }
}
