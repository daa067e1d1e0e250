package io.agentwire.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.agentwire.bench.aonp.SmipRttBench;

/** The SMIP round-trip benchmark runs end to end with small counts and reports every path; timings are not checked. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SmipRttCommandTest {
    @Test
    void runsEveryPathAndPrintsATable() throws Exception {
        List<String> log = new ArrayList<>();
        List<SmipRttBench.Result> results = SmipRttBench.run(50, 200, 8, log::add);
        assertEquals(List.of("raw TCP socket echo", "SMIP over TCP", "SMIP over QUIC"),
                results.stream().map(SmipRttBench.Result::name).toList());
        results.forEach(r -> assertTrue(r.p50Nanos() > 0 && r.p99Nanos() >= r.p50Nanos(), r.toString()));
        results.subList(1, 3).forEach(r -> assertTrue(r.perSecond() > 0, r.toString()));
        String table = SmipRttCommand.table(results);
        assertTrue(table.contains("| SMIP over QUIC |"), table);
        assertEquals(2, SmipRttCommand.goals(results).lines().count());
        assertEquals(3, log.size());
    }
}
