package io.agentwire.bench.client;

import io.agentwire.bench.targets.ClientBenchServerTarget;
import io.agentwire.mcp.ProtocolVersion;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs every client against one server, interleaved over rounds: for each client a closed-loop echo window, then
 * timed blob calls. Each client connects fresh per round and is closed after it.
 */
public final class ClientBench {

    /** One client's numbers from one round. */
    public record Measurement(String label, ClosedLoop.Result load, BlobTimer.Result blob) {
    }

    /** How hard and how long to push. */
    public record Settings(int callers, Duration warmup, Duration window, int blobWarmups, int blobCalls, int rounds) {
    }

    private ClientBench() {
    }

    /** Labels of the clients in report order; the last is the Java SDK, the anchor of the ratios. */
    static List<ClientDriver> drivers(String baseUrl) {
        String url = baseUrl + "/mcp";
        return List.of(new AgentwireClientDriver(url, ProtocolVersion.V2025_11_25),
                new AgentwireClientDriver(url, ProtocolVersion.V2026_07_28),
                new JavaSdkClientDriver(baseUrl));
    }

    /** All rounds; {@code progress} receives one line per measurement. */
    public static List<List<Measurement>> run(String baseUrl, Settings settings, Consumer<String> progress) throws Exception {
        List<List<Measurement>> rounds = new ArrayList<>();
        for (int round = 1; round <= settings.rounds(); round++) {
            List<Measurement> measurements = new ArrayList<>();
            for (ClientDriver driver : drivers(baseUrl)) {
                try (driver) {
                    driver.connect();
                    ClosedLoop.Result load = ClosedLoop.run(driver, settings.callers(), settings.warmup(), settings.window());
                    BlobTimer.Result blob = BlobTimer.run(driver, settings.blobWarmups(), settings.blobCalls(),
                            ClientBenchServerTarget.BLOB_BYTES);
                    measurements.add(new Measurement(driver.label(), load, blob));
                    progress.accept(String.format(java.util.Locale.ROOT,
                            "round %d %-38s %9.0f calls/s  p50 %.3f ms  p99 %.3f ms  errors %d  blob p50 %.1f ms  max %.1f ms",
                            round, driver.label(), load.callsPerSecond(), load.percentileMillis(50),
                            load.percentileMillis(99), load.errors(), blob.percentile(50), blob.max()));
                }
            }
            rounds.add(measurements);
        }
        return rounds;
    }
}
