package io.agentwire.mcp.auth.client;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** One way of obtaining tokens from an authorization server once discovery and client identity are settled. */
interface Grant {
    /**
     * Everything a grant needs.
     *
     * @param scopes the scopes to request, in order; empty means omit {@code scope}
     * @param dpop the prover when tokens should be DPoP-bound, else null
     */
    record Request(AuthorizationServerMetadata as, ClientRegistration client, String resource, Set<String> scopes,
            DpopProver dpop, TokenEndpoint tokenEndpoint) {
        /** Parameters every token request carries: the grant type, {@code resource} and {@code scope} if any. */
        Map<String, String> baseParams(String grantType) {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("grant_type", grantType);
            p.put("resource", resource);
            if (!scopes.isEmpty()) {
                p.put("scope", String.join(" ", scopes));
            }
            return p;
        }

        Tokens send(Map<String, String> params) throws IOException {
            return tokenEndpoint.request(as.tokenEndpoint(), as.issuer(), client, params, dpop);
        }
    }

    Tokens obtain(Request request) throws IOException;

    /** Whether this grant involves the user agent (PKCE, redirect), which decides the metadata it needs. */
    default boolean interactive() {
        return false;
    }

    /** Whether {@code offline_access} may be added to the scopes: only where a refresh token makes sense. */
    default boolean wantsRefreshTokens() {
        return interactive();
    }
}
