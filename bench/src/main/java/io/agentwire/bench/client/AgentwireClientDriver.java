package io.agentwire.bench.client;

import io.agentwire.bench.targets.ClientBenchServerTarget;
import io.agentwire.mcp.ProtocolVersion;
import io.agentwire.mcp.client.McpClient;
import io.agentwire.mcp.client.Negotiation;
import io.agentwire.mcp.client.ToolResult;
import java.time.Duration;
import java.util.Map;

/** Agentwire's {@link McpClient} over Streamable HTTP, pinned to one revision. */
final class AgentwireClientDriver implements ClientDriver {
    /** Room for the 4 MiB blob plus its JSON envelope and escapes. */
    private static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

    private final String url;
    private final ProtocolVersion version;
    private McpClient client;

    AgentwireClientDriver(String url, ProtocolVersion version) {
        this.url = url;
        this.version = version;
    }

    @Override
    public String label() {
        return "Agentwire client, " + version.id();
    }

    @Override
    public void connect() {
        client = McpClient.builder().streamableHttp(url).negotiation(Negotiation.pinned(version))
                .requestTimeout(Duration.ofSeconds(30)).maxMessageBytes(MAX_MESSAGE_BYTES).build();
        client.connect();
    }

    @Override
    public void echo() {
        ToolResult result = client.callTool(ClientBenchServerTarget.ECHO, Map.of());
        if (!"ok".equals(result.text())) {
            throw new IllegalStateException("unexpected echo result: " + result.raw());
        }
    }

    @Override
    public String blob() {
        return client.callTool(ClientBenchServerTarget.BLOB, Map.of()).text();
    }

    @Override
    public void close() {
        if (client != null) {
            client.close();
        }
    }
}
