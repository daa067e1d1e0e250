package io.agentwire.gateway.conformance;

import io.agentwire.jsonrpc.codec.JsonRpcCodec;
import io.agentwire.mcp.ProtocolVersion;
import io.agentwire.mcp.auth.ClientAuthorizer;
import io.agentwire.mcp.client.McpClient;
import io.agentwire.mcp.client.Negotiation;
import io.agentwire.mcp.client.TransportSpec;
import java.net.URI;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One run of the conformance client contract: the suite names the scenario, its context and the revision in
 * environment variables and passes the server URL; the revision decides the lifecycle (2025-11-25 and earlier:
 * the stateful {@code initialize} handshake; 2026-07-28: stateless requests).
 */
public final class ConformanceRun {
    private final String scenario;
    private final String contextJson;
    private final ProtocolVersion version;
    private final URI serverUrl;
    private final ClientAuthorizer authorizer;

    public ConformanceRun(String scenario, String contextJson, String version, URI serverUrl, ClientAuthorizer authorizer) {
        this.scenario = scenario;
        this.contextJson = contextJson;
        this.version = version == null || version.isBlank() ? ProtocolVersion.LATEST_LEGACY
                : ProtocolVersion.parse(version).orElseThrow(() -> new IllegalArgumentException("Unknown protocol version " + version));
        this.serverUrl = serverUrl;
        this.authorizer = authorizer;
    }

    public void run() {
        JsonMapper mapper = JsonRpcCodec.standard().mapper();
        JsonNode context = contextJson == null || contextJson.isBlank() ? mapper.createObjectNode() : mapper.readTree(contextJson);
        try (McpClient client = McpClient.builder()
                .transport(TransportSpec.streamableHttp(serverUrl))
                .negotiation(Negotiation.pinned(version))
                .clientInfo("agentwire-conformance-client", "0.1.0")
                .sampling(ConformanceHandlers.sampling())
                .elicitation(ConformanceHandlers.elicitation())
                .roots(ConformanceHandlers.roots())
                .authorizer(authorizer)
                .requestTimeout(Duration.ofSeconds(20))
                .build()) {
            client.connect();
            new ScenarioScripts(client, mapper, context).run(scenario);
        }
    }
}
