package io.agentwire.gateway;

import io.agentwire.mcp.auth.ClientAuthorizer;
import io.agentwire.mcp.auth.client.ConformanceAuthorizers;
import java.net.URI;

/**
 * The authorizer the conformance client uses for the {@code auth/*} scenarios: the OAuth client configured for
 * the grant the scenario exercises, from the scenario name and its context JSON.
 */
public final class ConformanceAuth {
    private ConformanceAuth() {
    }

    /**
     * @param scenario the {@code MCP_CONFORMANCE_SCENARIO} value, e.g. {@code auth/basic-cimd}
     * @param contextJson the {@code MCP_CONFORMANCE_CONTEXT} value, or {@code null}
     * @param serverUrl the MCP server the client talks to
     */
    public static ClientAuthorizer authorizerFor(String scenario, String contextJson, URI serverUrl) {
        return ConformanceAuthorizers.forConformance(scenario, contextJson, serverUrl);
    }
}
