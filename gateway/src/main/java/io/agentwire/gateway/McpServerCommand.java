package io.agentwire.gateway;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import io.agentwire.mcp.McpHttpServer;
import io.agentwire.mcp.McpServer;
import io.agentwire.mcp.McpStdioServer;
import io.agentwire.mcp.everything.EverythingServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code agw mcp-server}: serves the reference "everything" MCP server over HTTP or stdio. */
@Command(name = "mcp-server", mixinStandardHelpOptions = true,
        description = "Serve the reference MCP server (all revisions) over Streamable HTTP and HTTP+SSE, or stdio.")
final class McpServerCommand implements Callable<Integer> {
    @Option(names = "--port", description = "HTTP port (default ${DEFAULT-VALUE}).", defaultValue = "3001")
    int port;

    @Option(names = "--host", description = "Address to bind (default ${DEFAULT-VALUE}).", defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--stdio", description = "Serve on stdin/stdout instead of HTTP.")
    boolean stdio;

    @Override
    public Integer call() throws Exception {
        McpServer server = EverythingServer.create();
        if (stdio) {
            McpStdioServer.serve(server);
            return 0;
        }
        try (McpHttpServer http = McpHttpServer.builder(server).host(host).port(port).start()) {
            System.err.println("MCP server listening on " + http.url() + " (legacy HTTP+SSE at /sse)");
            CountDownLatch forever = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(forever::countDown));
            forever.await();
        }
        return 0;
    }
}
