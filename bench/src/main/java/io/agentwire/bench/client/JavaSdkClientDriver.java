package io.agentwire.bench.client;

import io.agentwire.bench.targets.ClientBenchServerTarget;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.Map;

/**
 * The official MCP Java SDK 2.1.0 sync client over its JDK-HttpClient Streamable HTTP transport, at its own
 * newest revision (2025-11-25; it has no 2026-07-28 support).
 */
final class JavaSdkClientDriver implements ClientDriver {
    private final String baseUrl;
    private McpSyncClient client;

    /** @param baseUrl {@code http://host:port}; the SDK takes the endpoint path separately */
    JavaSdkClientDriver(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Override
    public String label() {
        return "MCP Java SDK 2.1.0 client, 2025-11-25";
    }

    @Override
    public void connect() {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport.builder(baseUrl).endpoint("/mcp").build();
        client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(30))
                .clientInfo(new McpSchema.Implementation("agentwire-bench", "1.0.0")).build();
        client.initialize();
    }

    @Override
    public void echo() {
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest(ClientBenchServerTarget.ECHO, Map.of()));
        if (!"ok".equals(text(result))) {
            throw new IllegalStateException("unexpected echo result: " + result);
        }
    }

    @Override
    public String blob() {
        return text(client.callTool(new McpSchema.CallToolRequest(ClientBenchServerTarget.BLOB, Map.of())));
    }

    private static String text(McpSchema.CallToolResult result) {
        return ((McpSchema.TextContent) result.content().get(0)).text();
    }

    @Override
    public void close() {
        if (client != null) {
            client.close();
        }
    }
}
