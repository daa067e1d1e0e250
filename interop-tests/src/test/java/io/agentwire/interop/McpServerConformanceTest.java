package io.agentwire.interop;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the official MCP conformance suite against our Streamable HTTP server, started as a child
 * JVM. Each requirement set and each extra scenario is its own test, judged by
 * {@link ConformanceHarness}. The per-run tables land in
 * {@code interop-tests/target/conformance-summary.md}.
 */
class McpServerConformanceTest {

    /** Spec revisions whose frozen requirement sets must pass in full. */
    static final List<String> REQUIREMENT_SETS = List.of("2025-11-25", "2026-07-28");

    /**
     * Scenarios run one by one on top of the requirement sets (which only run some of these as
     * "not scored"), each at the spec version it belongs to ({@code conformance list}).
     */
    static final List<ConformanceRun> EXTRA_SCENARIOS = listExtraScenarios();

    private static final Duration SERVER_START_TIMEOUT = Duration.ofSeconds(60);

    private static ServerProcess server;
    private static ConformanceHarness harness;

    private static List<ConformanceRun> listExtraScenarios() {
        List<ConformanceRun> runs = new ArrayList<>(List.of(
                ConformanceRun.scenario("server-sse-polling", "2025-11-25"),
                ConformanceRun.scenario("json-schema-2020-12", "2025-11-25"),
                ConformanceRun.scenario("json-schema-2020-12", "2026-07-28"),
                ConformanceRun.scenario("server-session-lifecycle", "2025-11-25"),
                ConformanceRun.scenario("http-header-validation", "2026-07-28"),
                ConformanceRun.scenario("http-custom-header-server-validation", "2026-07-28")));
        // The tasks extension (SEP-2663) is "extension", not on the spec timeline: the suite skips it
        // when --spec-version is given and runs it at 2026-07-28 when it is not.
        for (String tasks : List.of("tasks-lifecycle", "tasks-capability-negotiation", "tasks-wire-fields",
                "tasks-request-state-removal", "tasks-mrtr-input", "tasks-request-headers",
                "tasks-dispatch-and-envelope", "tasks-status-notifications", "tasks-required-task-error",
                "tasks-mrtr-composition")) {
            runs.add(ConformanceRun.scenario(tasks, null));
        }
        return List.copyOf(runs);
    }

    @BeforeAll
    static void startServer() {
        assumeTrue(AgentwireLaunch.serverPresent(), AgentwireLaunch::skipReason);
        NodePeers peers = NodePeers.locate();
        int port = ServerProcess.freePort();
        server = ServerProcess.start(AgentwireLaunch.httpCommand(port), Map.of(), peers.repoRoot(), port,
                peers.targetDir().resolve("agentwire-mcp-http.log"), SERVER_START_TIMEOUT);
        // "localhost", not 127.0.0.1: it is how the suite's own docs address a local server, and the
        // dns-rebinding scenario then checks that Host/Origin "localhost:<port>" is accepted.
        harness = new ConformanceHarness(ConformanceSuite.againstServer(peers, "http://localhost:" + port + "/mcp"),
                peers.targetDir().resolve("conformance-summary.md"));
    }

    @AfterAll
    static void stopServer() throws IOException {
        if (server == null) {
            return;
        }
        server.close();
        String log = Files.readString(server.log());
        assertFalse(log.contains("LEAK:"), "the server reported a Netty buffer leak; see " + server.log());
    }

    @TestFactory
    Stream<DynamicTest> requirementSets() {
        return harness.tests(REQUIREMENT_SETS.stream().map(ConformanceRun::requirements).toList());
    }

    @TestFactory
    Stream<DynamicTest> extraScenarios() {
        return harness.tests(EXTRA_SCENARIOS);
    }
}
