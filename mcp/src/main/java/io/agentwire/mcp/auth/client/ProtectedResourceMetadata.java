package io.agentwire.mcp.auth.client;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * The parts of an RFC 9728 protected resource metadata document the client uses.
 *
 * @param resource the resource identifier, sent verbatim as {@code resource}
 * @param authorizationServers issuer identifiers, verbatim
 * @param scopesSupported scopes, empty when not published
 */
public record ProtectedResourceMetadata(String resource, List<String> authorizationServers, List<String> scopesSupported) {
    public ProtectedResourceMetadata {
        authorizationServers = List.copyOf(authorizationServers);
        scopesSupported = List.copyOf(scopesSupported);
    }

    static ProtectedResourceMetadata from(JsonNode json) {
        return new ProtectedResourceMetadata(Json.string(json, "resource"), Json.strings(json, "authorization_servers"),
                Json.strings(json, "scopes_supported"));
    }
}
