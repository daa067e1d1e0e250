package io.agentwire.bench.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agentwire.bench.load.LoadConfig;
import io.agentwire.bench.load.LoadGenerator;
import io.agentwire.bench.load.LoadResult;
import io.agentwire.bench.load.SessionOpener;
import io.agentwire.bench.server.InProcessServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Functional check that the load generator drives each target correctly; counts and errors only, never speed.
 */
class TargetsEndToEndTest {

    private static final String HOST = "127.0.0.1";

    @Test
    @Timeout(60)
    void rawEchoAnswersEveryCall() throws Exception {
        assertCleanRun(new RawNettyEchoTarget());
    }

    @Test
    @Timeout(120)
    void javaSdkAnswersEveryCallOverSseAndOpensSessions() throws Exception {
        JavaSdkTarget target = new JavaSdkTarget();
        try (InProcessServer server = InProcessServer.start(target)) {
            LoadResult result = run(target, server.port());
            assertTrue(result.clean(), "errors: " + result);
            // Inside the window or not: a cold server on a loaded machine may answer only after it.
            assertTrue(result.allCalls() > 0, "no call answered: " + result);

            SessionOpener.Result opened = new SessionOpener().open(HOST, server.port(),
                    target.requestFor(HOST, server.port()), 25, 2, Duration.ofSeconds(30));
            assertEquals(25, opened.opened());
            assertEquals(0, opened.failures());
        }
    }

    private static void assertCleanRun(BenchTarget target) throws Exception {
        try (InProcessServer server = InProcessServer.start(target)) {
            LoadResult result = run(target, server.port());
            assertTrue(result.clean(), "errors: " + result);
            // Inside the window or not: a cold server on a loaded machine may answer only after it.
            assertTrue(result.allCalls() > 0, "no call answered: " + result);
            assertEquals(result.completed(), result.latencyMicros().getTotalCount());
        }
    }

    private static LoadResult run(BenchTarget target, int port) throws InterruptedException {
        LoadConfig config = new LoadConfig(HOST, port, 2, Duration.ofMillis(300), Duration.ofMillis(500), 1,
                Duration.ofSeconds(5));
        return new LoadGenerator().run(config, target.requestFor(HOST, port));
    }
}
