package io.agentwire.bench.targets;

import io.agentwire.bench.load.HttpRequestBytes;
import io.agentwire.bench.load.RequestProfile;

/**
 * The MCP-over-Streamable-HTTP request shapes, one per protocol era, for a {@code tools/call} of the bench tool.
 *
 * <p>JSON-RPC ids are constant per connection: each connection has at most one request in flight.
 */
public final class McpRequests {

    /** The tool every target serves. */
    public static final String TOOL = "echo";
    /** Endpoint path every target serves. */
    public static final String PATH = "/mcp";
    /** The session-based era. */
    public static final String LEGACY_VERSION = "2025-11-25";
    /** The stateless era: per-request protocol version and capabilities in {@code _meta}. */
    public static final String MODERN_VERSION = "2026-07-28";

    private static final String ACCEPT = "application/json, text/event-stream";
    private static final String ARGUMENTS = "{\"text\":\"hello\"}";

    private McpRequests() {
    }

    /**
     * Legacy era: {@code initialize} then {@code notifications/initialized} once per connection, then
     * {@code tools/call} carrying the session id and protocol version headers.
     */
    public static RequestProfile legacy(String host, int port) {
        return new RequestProfile() {
            @Override
            public int setupSteps() {
                return 2;
            }

            @Override
            public byte[] setupRequest(int step, String sessionId) {
                if (step == 0) {
                    return post(host, port)
                            .body("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{"
                                    + "\"protocolVersion\":\"" + LEGACY_VERSION + "\",\"capabilities\":{},"
                                    + "\"clientInfo\":{\"name\":\"agentwire-bench\",\"version\":\"1\"}}}");
                }
                return post(host, port)
                        .headerIfPresent("Mcp-Session-Id", sessionId)
                        .header("MCP-Protocol-Version", LEGACY_VERSION)
                        .body("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
            }

            @Override
            public byte[] callRequest(String sessionId) {
                return post(host, port)
                        .headerIfPresent("Mcp-Session-Id", sessionId)
                        .header("MCP-Protocol-Version", LEGACY_VERSION)
                        .body("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{"
                                + "\"name\":\"" + TOOL + "\",\"arguments\":" + ARGUMENTS + "}}");
            }
        };
    }

    /**
     * Modern era: no handshake; every POST names the version, method and tool in headers and repeats version and
     * client capabilities in {@code params._meta}.
     */
    public static RequestProfile modern(String host, int port) {
        return RequestProfile.constant(post(host, port)
                .header("MCP-Protocol-Version", MODERN_VERSION)
                .header("Mcp-Method", "tools/call")
                .header("Mcp-Name", TOOL)
                .body("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{"
                        + "\"name\":\"" + TOOL + "\",\"arguments\":" + ARGUMENTS + ",\"_meta\":{"
                        + "\"io.modelcontextprotocol/protocolVersion\":\"" + MODERN_VERSION + "\","
                        + "\"io.modelcontextprotocol/clientCapabilities\":{}}}}"));
    }

    private static HttpRequestBytes post(String host, int port) {
        return HttpRequestBytes.post(host, port, PATH)
                .header("Content-Type", "application/json")
                .header("Accept", ACCEPT);
    }
}
