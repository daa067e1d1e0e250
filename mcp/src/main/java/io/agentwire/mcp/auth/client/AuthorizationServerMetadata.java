package io.agentwire.mcp.auth.client;

import java.net.URI;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * The parts of RFC 8414 / OpenID Connect discovery metadata the client uses. List fields are null when the server
 * did not publish them, because absence has its own meaning (no {@code code_challenge_methods_supported} means no
 * PKCE; no {@code token_endpoint_auth_methods_supported} means {@code client_secret_basic}).
 */
public record AuthorizationServerMetadata(
        String issuer,
        URI authorizationEndpoint,
        URI tokenEndpoint,
        URI registrationEndpoint,
        List<String> codeChallengeMethodsSupported,
        List<String> tokenEndpointAuthMethodsSupported,
        List<String> scopesSupported,
        List<String> dpopSigningAlgValuesSupported,
        boolean clientIdMetadataDocumentSupported,
        Boolean authorizationResponseIssParameterSupported) {

    static AuthorizationServerMetadata from(JsonNode json) {
        return new AuthorizationServerMetadata(
                Json.string(json, "issuer"),
                uri(Json.string(json, "authorization_endpoint")),
                uri(Json.string(json, "token_endpoint")),
                uri(Json.string(json, "registration_endpoint")),
                Json.stringsOrNull(json, "code_challenge_methods_supported"),
                Json.stringsOrNull(json, "token_endpoint_auth_methods_supported"),
                Json.stringsOrNull(json, "scopes_supported"),
                Json.stringsOrNull(json, "dpop_signing_alg_values_supported"),
                Boolean.TRUE.equals(Json.bool(json, "client_id_metadata_document_supported")),
                Json.bool(json, "authorization_response_iss_parameter_supported"));
    }

    /**
     * The 2025-03-26 fallback for a server with neither protected resource nor authorization server metadata: the
     * default endpoints at the server's origin. That revision made PKCE mandatory, so S256 is assumed.
     */
    static AuthorizationServerMetadata defaults(String origin) {
        return new AuthorizationServerMetadata(origin, URI.create(origin + "/authorize"), URI.create(origin + "/token"),
                URI.create(origin + "/register"), List.of("S256"), null, null, null, false, null);
    }

    boolean supportsS256() {
        return codeChallengeMethodsSupported != null && codeChallengeMethodsSupported.contains("S256");
    }

    /** RFC 8414: an absent list means {@code client_secret_basic} only. */
    List<String> authMethods() {
        return tokenEndpointAuthMethodsSupported == null ? List.of("client_secret_basic") : tokenEndpointAuthMethodsSupported;
    }

    boolean supportsDpop(String alg) {
        return dpopSigningAlgValuesSupported != null && dpopSigningAlgValuesSupported.contains(alg);
    }

    boolean listsScope(String scope) {
        return scopesSupported != null && scopesSupported.contains(scope);
    }

    private static URI uri(String s) {
        if (s == null) {
            return null;
        }
        try {
            return URI.create(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
