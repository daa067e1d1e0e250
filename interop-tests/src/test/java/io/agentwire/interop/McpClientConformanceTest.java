package io.agentwire.interop;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the official MCP conformance suite in client mode: for each scenario the CLI starts a mock
 * server (and a mock authorization server for the auth scenarios) and spawns {@code agw mcp-client}
 * against it. The per-run tables land in {@code interop-tests/target/client-conformance-summary.md}.
 */
class McpClientConformanceTest {

    /** Spec revisions whose frozen client requirement sets must pass in full. */
    static final List<String> REQUIREMENT_SETS = List.of("2025-11-25", "2026-07-28");

    /** Scenarios outside both requirement sets: the 2025-03-26 auth fallbacks and the extensions. */
    static final List<ConformanceRun> EXTRA_SCENARIOS = listExtraScenarios();

    private static Path stderrLog;
    private static ConformanceHarness harness;

    private static List<ConformanceRun> listExtraScenarios() {
        List<ConformanceRun> runs = new ArrayList<>(List.of(
                ConformanceRun.scenario("auth/2025-03-26-oauth-metadata-backcompat", "2025-03-26"),
                ConformanceRun.scenario("auth/2025-03-26-oauth-endpoint-fallback", "2025-03-26")));
        // Extension scenarios are not on the spec timeline: the suite runs them only without a version.
        // The sep-2640 (skills) client scenarios are left out: at 0.2.0-alpha.12 their only check is
        // SKIPPED by the suite itself, so running them would prove nothing.
        for (String extension : List.of("auth/client-credentials-jwt", "auth/client-credentials-basic",
                "auth/enterprise-managed-authorization", "auth/dpop", "auth/dpop-nonce", "auth/wif-jwt-bearer")) {
            runs.add(ConformanceRun.scenario(extension, null));
        }
        return List.copyOf(runs);
    }

    @BeforeAll
    static void writeClientLauncher() throws IOException {
        assumeTrue(AgentwireLaunch.serverPresent(), AgentwireLaunch::skipReason);
        NodePeers peers = NodePeers.locate();
        stderrLog = peers.targetDir().resolve("client-conformance").resolve("agentwire-client-stderr.log");
        Files.createDirectories(stderrLog.getParent());
        Files.deleteIfExists(stderrLog);
        Path script = AgentwireLaunch.writeClientScript(peers.targetDir().resolve("agw-mcp-client"), stderrLog);
        harness = new ConformanceHarness(ConformanceSuite.againstClient(peers, script.toString()),
                peers.targetDir().resolve("client-conformance-summary.md"));
    }

    @AfterAll
    static void checkForLeaks() throws IOException {
        if (stderrLog == null || !Files.exists(stderrLog)) {
            return;
        }
        assertFalse(Files.readString(stderrLog).contains("LEAK:"),
                "a client run reported a Netty buffer leak; see " + stderrLog);
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
