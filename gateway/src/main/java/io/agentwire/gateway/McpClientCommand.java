package io.agentwire.gateway;

import io.agentwire.gateway.conformance.ConformanceRun;
import io.agentwire.mcp.ProtocolVersion;
import io.agentwire.mcp.auth.ClientAuthorizer;
import io.agentwire.mcp.client.McpClient;
import io.agentwire.mcp.client.Negotiation;
import io.agentwire.mcp.client.ServerDescription;
import io.agentwire.mcp.client.TransportSpec;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code agw mcp-client [URL]}: connects to an MCP server and lists what it offers. With
 * {@code MCP_CONFORMANCE_SCENARIO} set it is the client under test of the official conformance suite: the URL is
 * the last argument, and the scenario, its context and the revision come from the environment. Exits 0 on
 * success; on failure prints the reason to stderr and exits 1. Only logs go to stderr.
 */
@Command(name = "mcp-client", mixinStandardHelpOptions = true,
        description = "Connect to an MCP server (Streamable HTTP, HTTP+SSE or a stdio command) and list its tools, resources and prompts.")
final class McpClientCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "URL", description = "The server URL (the last one counts).")
    List<String> urls = List.of();

    @Option(names = "--stdio", paramLabel = "CMD", split = " ", description = "Spawn this server command (words separated by spaces) and talk over stdio.")
    List<String> stdioCommand;

    @Option(names = "--sse", description = "Use the 2024-11-05 HTTP+SSE transport.")
    boolean sse;

    @Option(names = "--protocol-version", paramLabel = "VERSION", description = "Pin a revision instead of negotiating.")
    String protocolVersion;

    @Override
    public Integer call() {
        try {
            String scenario = System.getenv("MCP_CONFORMANCE_SCENARIO");
            if (scenario != null && !scenario.isBlank()) {
                runConformance(scenario);
            } else {
                describeServer();
            }
            return 0;
        } catch (RuntimeException e) {
            System.err.println("mcp-client: " + e.getMessage());
            for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
                System.err.println("  caused by: " + cause);
            }
            return 1;
        }
    }

    private void runConformance(String scenario) {
        URI url = requireUrl();
        String context = System.getenv("MCP_CONFORMANCE_CONTEXT");
        ClientAuthorizer authorizer = scenario.startsWith("auth/")
                ? ConformanceAuth.authorizerFor(scenario, context, url) : ClientAuthorizer.NONE;
        new ConformanceRun(scenario, context, System.getenv("MCP_CONFORMANCE_PROTOCOL_VERSION"), url, authorizer).run();
    }

    private void describeServer() {
        TransportSpec spec = stdioCommand != null ? TransportSpec.stdio(stdioCommand, Map.of())
                : sse ? TransportSpec.httpSse(requireUrl()) : TransportSpec.streamableHttp(requireUrl());
        Negotiation negotiation = protocolVersion == null ? Negotiation.AUTO
                : Negotiation.pinned(ProtocolVersion.parse(protocolVersion)
                        .orElseThrow(() -> new IllegalArgumentException("Unknown protocol version " + protocolVersion)));
        try (McpClient client = McpClient.builder().transport(spec).negotiation(negotiation).build()) {
            ServerDescription server = client.connect();
            System.out.println("server: " + server.serverInfo() + " speaking " + server.version());
            if (server.supports("tools")) {
                client.listTools().forEach(tool -> System.out.println("tool: " + tool.name()));
            }
            if (server.supports("resources")) {
                client.listResources().forEach(resource -> System.out.println("resource: " + resource.uri()));
            }
            if (server.supports("prompts")) {
                client.listPrompts().forEach(prompt -> System.out.println("prompt: " + prompt.name()));
            }
        }
    }

    private URI requireUrl() {
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("a server URL is required");
        }
        return URI.create(urls.get(urls.size() - 1));
    }
}
