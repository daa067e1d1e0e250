package io.agentwire.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The toolchain install-peers.sh provides, independent of any server: a Node 22 runtime that can
 * run the pinned conformance CLI. Failing here means the peer install is broken, not the server.
 */
class NodePeersTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Test
    void locatesRepositoryAndPeers() {
        NodePeers peers = NodePeers.locate();
        assertTrue(Files.isRegularFile(peers.repoRoot().resolve("mvnw")));
        assertTrue(Files.isRegularFile(peers.conformanceBin()));
        assertTrue(Files.isRegularFile(peers.serverEverythingBin()));
    }

    @Test
    void privateNodeIsVersion22() throws Exception {
        NodePeers peers = NodePeers.locate();
        BoundedProcess.Outcome outcome = BoundedProcess.run(List.of(peers.node().toString(), "--version"),
                peers.repoRoot(), Map.of(), TIMEOUT, peers.targetDir().resolve("node-version.log"));
        assertEquals(0, outcome.exitCode(), outcome.describe());
        assertTrue(outcome.output().strip().startsWith("v22."), outcome.output());
    }

    @Test
    void conformanceCliRunsAtThePinnedVersion() {
        NodePeers peers = NodePeers.locate();
        BoundedProcess.Outcome outcome = peers.runNode(peers.conformanceBin(), List.of("--version"), TIMEOUT,
                "conformance-version.log");
        assertEquals(0, outcome.exitCode(), outcome.describe());
        assertEquals("0.2.0-alpha.12", outcome.output().strip());
    }

    @Test
    void boundedRunKillsAnOverrunningPeer() {
        NodePeers peers = NodePeers.locate();
        BoundedProcess.Outcome outcome = BoundedProcess.run(
                List.of(peers.node().toString(), "-e", "setTimeout(() => {}, 60000)"), peers.repoRoot(),
                Map.of(), Duration.ofMillis(500), peers.targetDir().resolve("overrun.log"));
        assertTrue(outcome.timedOut(), outcome.describe());
    }
}
