package io.agentwire.mcp.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agentwire.mcp.ProtocolVersion;
import io.agentwire.mcp.client.MisbehavingHttpServer.Behaviour;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Whatever a broken server does (malformed SSE, an answer for an unknown id, an oversized message, no answer at
 * all), the caller gets a {@link McpClientException} within the timeout and nothing stays pending.
 */
class BadServerTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final long DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(8);

    @ParameterizedTest
    @EnumSource(Behaviour.class)
    void everyMisbehaviourEndsInAClearExceptionInTime(Behaviour behaviour) throws Exception {
        try (MisbehavingHttpServer server = new MisbehavingHttpServer(behaviour);
             McpClient client = McpClient.builder()
                     .transport(TransportSpec.streamableHttp(server.url()))
                     .pinnedVersion(ProtocolVersion.V2026_07_28)
                     .requestTimeout(TIMEOUT)
                     .maxMessageBytes(64 * 1024)
                     .build()) {
            client.connect();
            long start = System.nanoTime();
            McpClientException failure = assertThrows(McpClientException.class, () -> client.listTools(null));
            assertTrue(System.nanoTime() - start < DEADLINE_NANOS, behaviour + " took too long");
            assertTrue(failure.getMessage() != null && !failure.getMessage().isBlank());
            awaitNothingPending(client);
        }
    }

    @Test
    void malformedSseNamesTheProblem() throws Exception {
        try (MisbehavingHttpServer server = new MisbehavingHttpServer(Behaviour.MALFORMED_SSE);
             McpClient client = McpClient.builder().transport(TransportSpec.streamableHttp(server.url()))
                     .pinnedVersion(ProtocolVersion.V2026_07_28).requestTimeout(TIMEOUT).build()) {
            client.connect();
            McpClientException failure = assertThrows(McpClientException.class, () -> client.listTools(null));
            assertTrue(causeChain(failure).contains("Malformed JSON-RPC message"), causeChain(failure));
        }
    }

    @Test
    void stdioServerSendingGarbageOrUnknownIdsTimesOutCleanly(@TempDir Path dir) throws Exception {
        Path script = fakeServer(dir, """
                read line
                echo '{"jsonrpc":"2.0","id":1,"result":{"protocolVersion":"2025-11-25","capabilities":{},"serverInfo":{"name":"sh","version":"1"}}}'
                read line
                read line
                echo 'this is not json'
                echo '{"jsonrpc":"2.0","id":4711,"result":{}}'
                sleep 30
                """);
        try (McpClient client = McpClient.builder().stdio(List.of("sh", script.toString()), Map.of())
                .negotiation(Negotiation.LEGACY).requestTimeout(TIMEOUT).build()) {
            assertEquals("sh", client.connect().serverInfo().path("name").asString());
            long start = System.nanoTime();
            McpClientException failure = assertThrows(McpClientException.class, () -> client.listTools(null));
            assertTrue(failure.getMessage().contains("timed out"), failure.getMessage());
            assertTrue(System.nanoTime() - start < DEADLINE_NANOS);
            awaitNothingPending(client);
        }
    }

    @Test
    void stdioServerSendingAnOversizedLineEndsTheConnection(@TempDir Path dir) throws Exception {
        Path script = fakeServer(dir, """
                read line
                echo '{"jsonrpc":"2.0","id":1,"result":{"protocolVersion":"2025-11-25","capabilities":{},"serverInfo":{"name":"sh","version":"1"}}}'
                read line
                read line
                head -c 20000 /dev/zero | tr '\\0' 'x'
                echo
                sleep 30
                """);
        try (McpClient client = McpClient.builder().stdio(List.of("sh", script.toString()), Map.of())
                .negotiation(Negotiation.LEGACY).requestTimeout(Duration.ofSeconds(20)).maxMessageBytes(4096).build()) {
            client.connect();
            long start = System.nanoTime();
            McpClientException failure = assertThrows(McpClientException.class, () -> client.listTools(null));
            assertTrue(causeChain(failure).contains("larger than 4096 bytes"), causeChain(failure));
            assertTrue(System.nanoTime() - start < DEADLINE_NANOS, "should fail at once, not at the timeout");
        }
    }

    @Test
    void aServerProcessThatDoesNotStartFailsConnect() {
        McpClient client = McpClient.builder().stdio(List.of("/nonexistent/agentwire-server"), Map.of()).build();
        assertThrows(McpClientException.class, client::connect);
    }

    private static Path fakeServer(Path dir, String script) throws IOException {
        Path file = dir.resolve("server.sh");
        Files.writeString(file, script);
        return file;
    }

    private static void awaitNothingPending(McpClient client) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (client.pendingRequests() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(0, client.pendingRequests());
    }

    private static String causeChain(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            text.append(t).append(" <- ");
        }
        return text.toString();
    }
}
