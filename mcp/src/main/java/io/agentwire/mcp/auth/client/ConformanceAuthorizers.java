package io.agentwire.mcp.auth.client;

import java.net.URI;

import io.agentwire.mcp.auth.ClientAuthorizer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Configures the OAuth client for the official MCP conformance suite's client scenarios, from the scenario name
 * ({@code MCP_CONFORMANCE_SCENARIO}) and its context ({@code MCP_CONFORMANCE_CONTEXT}). The suite's authorization
 * servers approve without a user, so the authorization code grant runs headless. Scenarios without authorization
 * get the default client too: it only acts when a server answers 401.
 */
public final class ConformanceAuthorizers {
    /** The client id metadata document URL the suite's servers accept without fetching it. */
    public static final URI CIMD_URL = URI.create("https://conformance-test.local/client-metadata.json");

    private ConformanceAuthorizers() {
    }

    /**
     * @param scenario the scenario name, e.g. {@code auth/metadata-default}; may be null
     * @param contextJson the scenario context JSON, or null/blank
     * @param serverUrl the MCP server URL the client connects to
     */
    public static ClientAuthorizer forConformance(String scenario, String contextJson, URI serverUrl) {
        return new OAuthClientAuthorizer(configFor(scenario == null ? "" : scenario, context(contextJson), serverUrl));
    }

    static OAuthClientConfig configFor(String scenario, JsonNode ctx, URI serverUrl) {
        OAuthClientConfig.Builder b = OAuthClientConfig.builder().resourceUrl(serverUrl)
                .clientName("agentwire-conformance-client");
        String clientId = Json.string(ctx, "client_id");
        String secret = Json.string(ctx, "client_secret");
        switch (scenario) {
            case "auth/client-credentials-jwt": {
                PrivateKeyJwtSigner signer = PrivateKeyJwtSigner.fromPem(Json.string(ctx, "private_key_pem"),
                        Json.string(ctx, "signing_algorithm"));
                return b.clientCredentials().privateKeyJwt(signer)
                        .preRegistered(new OAuthClientConfig.PreRegistered(clientId, null,
                                ClientRegistration.PRIVATE_KEY_JWT, null))
                        .build();
            }
            case "auth/client-credentials-basic":
                return b.clientCredentials().preRegistered(new OAuthClientConfig.PreRegistered(clientId, secret,
                        ClientRegistration.CLIENT_SECRET_BASIC, null)).build();
            case "auth/enterprise-managed-authorization": {
                String idToken = Json.string(ctx, "idp_id_token");
                return b.enterpriseManaged(Json.string(ctx, "idp_issuer"),
                                URI.create(Json.string(ctx, "idp_token_endpoint")),
                                Json.string(ctx, "idp_client_id"), () -> idToken)
                        .preRegistered(new OAuthClientConfig.PreRegistered(clientId, secret,
                                ClientRegistration.CLIENT_SECRET_BASIC, null))
                        .build();
            }
            case "auth/wif-jwt-bearer": {
                // the context also carries a wrong-audience and an expired token: those are what the client must
                // refuse to use, so only the valid one is configured (the grant re-checks it before sending)
                String jwt = Json.string(ctx, "valid_jwt");
                return b.jwtBearer(() -> jwt).preRegistered(new OAuthClientConfig.PreRegistered(clientId, null,
                        ClientRegistration.NONE, null)).build();
            }
            default:
                if (clientId != null) {
                    b.preRegistered(clientId, secret); // auth/pre-registration and any scenario handing out a client
                }
                return b.authorizationCode(new HeadlessAuthorizationCodeHandler()).clientMetadataUrl(CIMD_URL).build();
        }
    }

    private static JsonNode context(String json) {
        if (json == null || json.isBlank()) {
            return OAuthHttp.JSON.createObjectNode();
        }
        try {
            JsonNode node = OAuthHttp.JSON.readTree(json);
            return node != null && node.isObject() ? node : OAuthHttp.JSON.createObjectNode();
        } catch (JacksonException e) {
            throw new IllegalArgumentException("MCP_CONFORMANCE_CONTEXT is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
