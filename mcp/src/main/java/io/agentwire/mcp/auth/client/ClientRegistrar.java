package io.agentwire.mcp.auth.client;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Gives the client an identity at an authorization server, in the MCP specification's order of preference:
 * pre-registered credentials, then a client ID metadata document when the server supports them, then dynamic client
 * registration (RFC 7591). Identities are remembered per issuer and never offered to another issuer, because
 * credentials from one authorization server mean nothing (or something else) at the next.
 */
final class ClientRegistrar {
    private final OAuthHttp http;
    private final OAuthClientConfig config;
    private final Map<String, ClientRegistration> byIssuer = new ConcurrentHashMap<>();

    ClientRegistrar(OAuthHttp http, OAuthClientConfig config) {
        this.http = http;
        this.config = config;
    }

    ClientRegistration registrationFor(AuthorizationServerMetadata as) throws IOException {
        ClientRegistration known = byIssuer.get(as.issuer());
        if (known != null) {
            return known;
        }
        ClientRegistration fresh = obtain(as);
        byIssuer.put(as.issuer(), fresh);
        return fresh;
    }

    /** Drops what is known about an issuer, e.g. after it rejected the client as {@code invalid_client}. */
    void forget(String issuer) {
        byIssuer.remove(issuer);
    }

    private ClientRegistration obtain(AuthorizationServerMetadata as) throws IOException {
        OAuthClientConfig.PreRegistered pre = config.preRegistered();
        if (pre != null && (pre.issuer() == null || pre.issuer().equals(as.issuer()))) {
            String method = pre.tokenEndpointAuthMethod() != null ? pre.tokenEndpointAuthMethod()
                    : pre.clientSecret() == null ? ClientRegistration.NONE : secretMethod(as.authMethods());
            return new ClientRegistration(pre.clientId(), pre.clientSecret(), method);
        }
        if (config.clientMetadataUrl() != null && as.clientIdMetadataDocumentSupported()) {
            return ClientRegistration.publicClient(config.clientMetadataUrl().toString());
        }
        if (config.dynamicRegistration() && as.registrationEndpoint() != null) {
            return register(as);
        }
        throw OAuthException.refused("no_client_identity", "no pre-registered client for " + as.issuer()
                + ", and it supports neither client ID metadata documents nor dynamic client registration");
    }

    /** A confidential method the server accepts; basic first, as RFC 6749 requires servers to support it. */
    private static String secretMethod(List<String> supported) {
        if (supported.contains(ClientRegistration.CLIENT_SECRET_BASIC)) {
            return ClientRegistration.CLIENT_SECRET_BASIC;
        }
        if (supported.contains(ClientRegistration.CLIENT_SECRET_POST)) {
            return ClientRegistration.CLIENT_SECRET_POST;
        }
        return supported.contains(ClientRegistration.NONE) ? ClientRegistration.NONE : ClientRegistration.CLIENT_SECRET_BASIC;
    }

    private ClientRegistration register(AuthorizationServerMetadata as) throws IOException {
        String requested = secretMethod(as.authMethods());
        ObjectNode body = OAuthHttp.JSON.createObjectNode();
        body.put("client_name", config.clientName());
        body.putArray("redirect_uris").add(config.redirectUri().toString());
        ArrayNode grants = body.putArray("grant_types");
        grants.add("authorization_code");
        grants.add("refresh_token"); // so a refresh token can be issued at all (SEP-2207)
        body.putArray("response_types").add("code");
        body.put("token_endpoint_auth_method", requested);
        body.put("application_type", config.applicationType());
        OAuthHttp.Response r = http.postJson(as.registrationEndpoint(), OAuthHttp.JSON.writeValueAsString(body));
        JsonNode json = r.json().orElse(null);
        if (!r.ok() || json == null || Json.string(json, "client_id") == null) {
            String error = json == null ? null : Json.string(json, "error");
            throw new OAuthException(error == null ? "registration_failed" : error, "dynamic client registration at "
                    + as.registrationEndpoint() + " failed with HTTP " + r.status()
                    + Json.errorSuffix(json));
        }
        String secret = Json.string(json, "client_secret");
        String granted = Json.string(json, "token_endpoint_auth_method");
        String method = granted != null ? granted : requested;
        if (secret == null && (method.equals(ClientRegistration.CLIENT_SECRET_BASIC)
                || method.equals(ClientRegistration.CLIENT_SECRET_POST))) {
            method = ClientRegistration.NONE; // nothing to authenticate with: behave as the public client we are
        }
        return new ClientRegistration(Json.string(json, "client_id"), secret, method);
    }
}
