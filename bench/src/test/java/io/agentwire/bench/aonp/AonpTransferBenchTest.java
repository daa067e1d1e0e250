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
        List<AonpTransferBench.Result> results = AonpTransferBench.run(8L << 20, 0, 0, log::add);
        assertEquals(List.of(AonpTransferBench.RAW_TCP, AonpTransferBench.M2TP_TCP),
                results.stream().map(AonpTransferBench.Result::name).toList());
        results.forEach(r -> assertNull(r.failure(), r.name() + " failed: " + r.failure()));
        AonpTransferReport report = new AonpTransferReport(results);
        assertTrue(report.table().contains("of raw TCP socket copy"), report.table());
        assertTrue(report.goals().contains("goal ≤ 64 MiB"), report.goals());
        assertEquals(2, log.size());
    }

    /** With the QUIC rows: kwik 0.10.8 can stall a stream for good, so this runs on request (see bench/pom.xml). */
    @Test
    @Tag("kwik-bulk")
    void runsEveryTransferAndPrintsATable() throws Exception {
        List<String> log = new ArrayList<>();
        List<AonpTransferBench.Result> results = AonpTransferBench.run(8L << 20, 4L << 20, 0, log::add);
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
