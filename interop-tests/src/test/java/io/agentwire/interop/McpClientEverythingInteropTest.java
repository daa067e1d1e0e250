package io.agentwire.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agentwire.mcp.ProtocolVersion;
import io.agentwire.mcp.client.McpClient;
import io.agentwire.mcp.client.Negotiation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Our MCP client against the official reference server {@code @modelcontextprotocol/server-everything}, over stdio
 * (the client spawns it) and over Streamable HTTP (the test starts it on 127.0.0.1), each time through the whole
 * {@link EverythingTour}. The client negotiates in {@code auto} mode: it probes for 2026-07-28 and falls back to
 * {@code initialize}, since the reference server speaks the session-based revisions.
 */
class McpClientEverythingInteropTest {

    private static final Duration SERVER_START_TIMEOUT = Duration.ofSeconds(60);

    /** The reference server's environment: a marker {@code get-env} must show, and no outbound fetches allowed. */
    private static Map<String, String> serverEnvironment(NodePeers peers, int port) {
        String path = peers.node().getParent() + java.io.File.pathSeparator + System.getenv().getOrDefault("PATH", "");
        return Map.of(EverythingTour.ENV_MARKER, "present", "GZIP_ALLOWED_DOMAINS", "127.0.0.1",
                "PORT", Integer.toString(port), "PATH", path);
    }

    @Test
    void overStdio() {
        NodePeers peers = NodePeers.locate();
        List<String> command = List.of(peers.node().toString(), peers.serverEverythingBin().toString(), "stdio");
        try (McpClient client = EverythingTour.clientWithHandlers().negotiation(Negotiation.AUTO)
                .stdio(command, serverEnvironment(peers, 0)).build()) {
            client.connect();
            assertEquals(ProtocolVersion.V2025_11_25, client.protocolVersion());
            new EverythingTour(client).run();
        }
    }

    @Test
    void overStreamableHttp() {
        NodePeers peers = NodePeers.locate();
        int port = ServerProcess.freePort();
        Path script = peers.stageScript("everything-http-loopback.mjs");
        try (ServerProcess server = ServerProcess.start(List.of(peers.node().toString(), script.toString()),
                serverEnvironment(peers, port), peers.repoRoot(), port,
                peers.targetDir().resolve("server-everything-http.log"), SERVER_START_TIMEOUT);
             McpClient client = EverythingTour.clientWithHandlers().negotiation(Negotiation.AUTO)
                     .streamableHttp("http://127.0.0.1:" + port + "/mcp").build()) {
            client.connect();
            assertEquals(ProtocolVersion.V2025_11_25, client.protocolVersion());
            new EverythingTour(client).run();
        }
    }
}
