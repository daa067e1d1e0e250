package io.agentwire.bench.targets;

import io.agentwire.bench.load.RequestProfile;
import io.agentwire.mcp.model.CallToolResult;
import io.agentwire.mcp.McpHttpServer;
import io.agentwire.mcp.McpServer;
import io.agentwire.mcp.model.Tool;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one server the client benchmark points every client at, so that only the clients differ: Agentwire's
 * {@code McpHttpServer} with {@code echo} (answers "ok") and {@code blob} (answers a text of {@link #BLOB_BYTES}
 * bytes, built once). Both tools run on the I/O thread to keep server cost out of the client comparison.
 */
public final class ClientBenchServerTarget implements BenchTarget {
    public static final String ID = "client-bench-server";
    public static final String ECHO = "echo";
    public static final String BLOB = "blob";
    /** Size of the {@code blob} result text: 4 MiB, the payload. */
    public static final int BLOB_BYTES = 4 * 1024 * 1024;

    private static final String NO_ARGUMENTS = "{\"type\":\"object\"}";

    private McpHttpServer server;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Agentwire MCP server (echo + 4 MiB blob)";
    }

    @Override
    public int start() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        CallToolResult blob = CallToolResult.text(blobText());
        McpServer definition = McpServer.builder("agentwire-client-bench", "1.0.0")
                .nonBlockingTool(new Tool(ECHO, null, "Answers ok", json.readTree(NO_ARGUMENTS), null, null, null, null, null),
                        call -> CallToolResult.text("ok"))
                .nonBlockingTool(new Tool(BLOB, null, "Answers 4 MiB of text", json.readTree(NO_ARGUMENTS), null, null, null, null, null),
                        call -> blob)
                .build();
        server = McpHttpServer.builder(definition).host("127.0.0.1").port(0).start();
        return server.port();
    }

    /** Printable ASCII with a line break every 100 bytes, so JSON escaping has a little work too. */
    static String blobText() {
        StringBuilder text = new StringBuilder(BLOB_BYTES);
        for (int i = 0; text.length() < BLOB_BYTES; i++) {
            text.append(i % 100 == 99 ? '\n' : (char) ('a' + i % 26));
        }
        return text.toString();
    }

    @Override
    public RequestProfile requestFor(String host, int port) {
        throw new UnsupportedOperationException("the client benchmark drives this server with real MCP clients");
    }

    @Override
    public boolean hasSessions() {
        return true;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
