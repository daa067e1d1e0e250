package io.agentwire.mcp.auth.client;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The authorization code grant with PKCE S256, {@code state}, {@code resource} and RFC 9207 {@code iss} checks. The
 * user-agent step is delegated to an {@link AuthorizationCodeHandler}.
 */
final class AuthorizationCodeGrant implements Grant {
    private final AuthorizationCodeHandler handler;
    private final URI redirectUri;

    AuthorizationCodeGrant(AuthorizationCodeHandler handler, URI redirectUri) {
        this.handler = handler;
        this.redirectUri = redirectUri;
    }

    @Override
    public boolean interactive() {
        return true;
    }

    @Override
    public Tokens obtain(Request request) throws IOException {
        AuthorizationServerMetadata as = request.as();
        if (!as.supportsS256()) {
            throw OAuthException.refused("pkce_unsupported", "authorization server " + as.issuer()
                    + " does not advertise PKCE S256 (code_challenge_methods_supported="
                    + as.codeChallengeMethodsSupported() + "); refusing to authorize without it");
        }
        if (as.authorizationEndpoint() == null) {
            throw OAuthException.refused("invalid_metadata", as.issuer() + " has no authorization_endpoint");
        }
        Pkce pkce = Pkce.create();
        String state = Pkce.random(24);
        URI url = authorizationUrl(request, pkce, state);
        URI redirect = handler.authorize(url, redirectUri);
        String code = AuthorizationResponse.validate(redirect, state, as.issuer(),
                as.authorizationResponseIssParameterSupported());
        Map<String, String> params = new LinkedHashMap<>();
        params.put("grant_type", "authorization_code");
        params.put("code", code);
        params.put("redirect_uri", redirectUri.toString());
        params.put("code_verifier", pkce.verifier());
        params.put("resource", request.resource());
        return request.send(params);
    }

    URI authorizationUrl(Request request, Pkce pkce, String state) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("response_type", "code");
        q.put("client_id", request.client().clientId());
        q.put("redirect_uri", redirectUri.toString());
        q.put("code_challenge", pkce.challenge());
        q.put("code_challenge_method", "S256");
        q.put("state", state);
        q.put("resource", request.resource());
        if (!request.scopes().isEmpty()) {
            q.put("scope", String.join(" ", request.scopes()));
        }
        String base = request.as().authorizationEndpoint().toString();
        String separator = request.as().authorizationEndpoint().getRawQuery() == null ? "?" : "&";
        return URI.create(base + separator + OAuthHttp.formEncode(q).replace("+", "%20"));
    }
}
