package io.agentwire.mcp.auth.client;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Token requests (RFC 6749 §3.2): authenticates the client as its registration says, attaches a DPoP proof when
 * asked to, retries once when the server demands a DPoP nonce, and turns the answer into {@link Tokens} or an
 * {@link OAuthException} carrying the server's {@code error}.
 */
final class TokenEndpoint {
    static final String CLIENT_ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private final OAuthHttp http;
    private final PrivateKeyJwtSigner assertionSigner;

    TokenEndpoint(OAuthHttp http, PrivateKeyJwtSigner assertionSigner) {
        this.http = http;
        this.assertionSigner = assertionSigner;
    }

    /**
     * @param endpoint the token endpoint
     * @param issuer the server's issuer, the audience of {@code private_key_jwt} assertions
     * @param params grant parameters ({@code grant_type} and the rest), without client authentication
     * @param dpop the prover when the token should be DPoP-bound, else null
     */
    Tokens request(URI endpoint, String issuer, ClientRegistration client, Map<String, String> params, DpopProver dpop)
            throws IOException {
        OAuthHttp.Response r = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            Map<String, String> form = new LinkedHashMap<>(params);
            Map<String, String> headers = new LinkedHashMap<>();
            authenticate(client, issuer, form, headers);
            if (dpop != null) {
                headers.put("DPoP", dpop.proof("POST", endpoint, null));
            }
            r = http.postForm(endpoint, form, headers);
            boolean newNonce = dpop != null && r.header("DPoP-Nonce").map(n -> dpop.rememberNonce(endpoint, n)).orElse(false);
            JsonNode json = r.json().orElse(null);
            if (!r.ok() && dpop != null && newNonce && json != null && "use_dpop_nonce".equals(Json.string(json, "error"))) {
                continue; // RFC 9449 §8: the same request again, now carrying the server's nonce
            }
            break;
        }
        return parse(endpoint, r);
    }

    private void authenticate(ClientRegistration client, String issuer, Map<String, String> form,
            Map<String, String> headers) {
        switch (client.tokenEndpointAuthMethod()) {
            case ClientRegistration.CLIENT_SECRET_BASIC:
                // RFC 6749 §2.3.1: both parts are form-urlencoded before being joined and base64-encoded
                String pair = OAuthHttp.encode(client.clientId()) + ":" + OAuthHttp.encode(client.clientSecret());
                headers.put("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
                break;
            case ClientRegistration.CLIENT_SECRET_POST:
                form.put("client_id", client.clientId());
                form.put("client_secret", client.clientSecret());
                break;
            case ClientRegistration.PRIVATE_KEY_JWT:
                if (assertionSigner == null) {
                    throw new IllegalStateException("private_key_jwt needs a signing key in the configuration");
                }
                form.put("client_id", client.clientId());
                form.put("client_assertion_type", CLIENT_ASSERTION_TYPE);
                form.put("client_assertion", assertionSigner.assertion(client.clientId(), issuer));
                break;
            default:
                form.put("client_id", client.clientId());
                break;
        }
    }

    private static Tokens parse(URI endpoint, OAuthHttp.Response r) throws OAuthException {
        JsonNode json = r.json().orElse(null);
        if (!r.ok() || json == null) {
            String error = json == null ? null : Json.string(json, "error");
            throw new OAuthException(error == null ? "token_request_failed" : error,
                    "token request to " + endpoint + " failed with HTTP " + r.status() + Json.errorSuffix(json));
        }
        String accessToken = Json.string(json, "access_token");
        if (accessToken == null || accessToken.isEmpty()) {
            throw new OAuthException("invalid_token_response", "token response from " + endpoint + " has no access_token");
        }
        JsonNode expiresIn = json.path("expires_in");
        Instant expiresAt = expiresIn.isNumber() ? Instant.now().plusSeconds(expiresIn.asLong()) : null;
        String type = Json.string(json, "token_type");
        return new Tokens(accessToken, type == null ? "Bearer" : type, Json.string(json, "refresh_token"), expiresAt,
                Json.string(json, "scope"));
    }
}
