package io.agentwire.bench.targets;

import io.agentwire.bench.load.RequestProfile;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;

/**
 * The official MCP Java SDK 2.1.0 server: {@code HttpServletStreamableServerTransportProvider} on embedded Tomcat 11
 * (Servlet 6.1, what the SDK's servlet transport targets), a sync {@code echo} tool answering {@code "ok"}.
 *
 * <p>The SDK speaks the session-based era only (2025-11-25 at most), so it gets the legacy request profile: a
 * session per connection, then {@code tools/call} answered as an SSE stream. Tomcat's defaults are kept except
 * {@code maxKeepAliveRequests=-1}: its default of 100 would close every connection after 100 calls and make the
 * benchmark measure reconnects and re-initialisation instead of the SDK.
 */
public final class JavaSdkTarget implements BenchTarget {

    /** Kept strongly referenced: JUL forgets the level of a logger that is garbage collected. */
    private static final Logger TOMCAT_LOG = Logger.getLogger("org.apache");
    /**
     * Tomcat's leak checker warns at stop about the SDK's Reactor scheduler threads, which are JVM-global by design
     * and outlive the context; expected here, so only its errors are kept.
     */
    private static final Logger LEAK_CHECK_LOG = Logger.getLogger("org.apache.catalina.loader.WebappClassLoaderBase");

    private Tomcat tomcat;
    private McpSyncServer mcp;
    private Path baseDir;

    @Override
    public String id() {
        return "java-sdk";
    }

    @Override
    public String label() {
        return "MCP Java SDK 2.1.0 + Tomcat 11 (legacy " + McpRequests.LEGACY_VERSION + ")";
    }

    @Override
    public int start() throws IOException, LifecycleException {
        TOMCAT_LOG.setLevel(Level.WARNING);
        LEAK_CHECK_LOG.setLevel(Level.SEVERE);
        HttpServletStreamableServerTransportProvider transport = HttpServletStreamableServerTransportProvider.builder()
                .mcpEndpoint(McpRequests.PATH)
                .build();
        McpSchema.Tool tool = McpSchema.Tool.builder(McpRequests.TOOL,
                        Map.of("type", "object", "properties", Map.of("text", Map.of("type", "string"))))
                .description("Answers ok")
                .build();
        mcp = McpServer.sync(transport)
                .serverInfo("agentwire-bench-java-sdk", "1")
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .tools(McpServerFeatures.SyncToolSpecification.builder()
                        .tool(tool)
                        .callHandler((exchange, call) -> McpSchema.CallToolResult.builder().addTextContent("ok").build())
                        .build())
                .build();

        baseDir = Files.createTempDirectory("agentwire-bench-tomcat");
        tomcat = new Tomcat();
        tomcat.setBaseDir(baseDir.toString());
        Connector connector = new Connector("HTTP/1.1");
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        connector.setProperty("maxKeepAliveRequests", "-1");
        tomcat.setConnector(connector);
        Context context = tomcat.addContext("", baseDir.toString());
        Tomcat.addServlet(context, "mcp", transport).setAsyncSupported(true);
        context.addServletMapping(McpRequests.PATH, "mcp");
        tomcat.start();
        return connector.getLocalPort();
    }

    @Override
    public RequestProfile requestFor(String host, int port) {
        return McpRequests.legacy(host, port);
    }

    @Override
    public boolean hasSessions() {
        return true;
    }

    @Override
    public void stop() throws LifecycleException, IOException {
        if (mcp != null) {
            mcp.close();
        }
        if (tomcat != null) {
            tomcat.stop();
            tomcat.destroy();
        }
        if (baseDir != null) {
            try (Stream<Path> files = Files.walk(baseDir)) {
                for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
