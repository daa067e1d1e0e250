package io.agentwire.mcp.auth.client;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Enterprise-managed authorization (SEP-990, identity assertion authorization grant): the enterprise identity
 * provider exchanges the user's ID token for an ID-JAG (RFC 8693 token exchange) addressed to the MCP server's
 * authorization server, which then redeems it through the RFC 7523 JWT bearer grant.
 */
final class EnterpriseManagedGrant implements Grant {
    static final String TOKEN_EXCHANGE = "urn:ietf:params:oauth:grant-type:token-exchange";
    static final String ID_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:id_token";
    static final String ID_JAG_TYPE = "urn:ietf:params:oauth:token-type:id-jag";

    /** The identity provider: its issuer, token endpoint and the client's identity there. */
    record IdentityProvider(String issuer, URI tokenEndpoint, ClientRegistration client) {
    }

    private final IdentityProvider idp;
    private final Supplier<String> idToken;

    EnterpriseManagedGrant(IdentityProvider idp, Supplier<String> idToken) {
        this.idp = idp;
        this.idToken = idToken;
    }

    @Override
    public Tokens obtain(Request request) throws IOException {
        Map<String, String> exchange = new LinkedHashMap<>();
        exchange.put("grant_type", TOKEN_EXCHANGE);
        exchange.put("requested_token_type", ID_JAG_TYPE);
        exchange.put("audience", request.as().issuer());
        exchange.put("resource", request.resource());
        if (!request.scopes().isEmpty()) {
            exchange.put("scope", String.join(" ", request.scopes()));
        }
        exchange.put("subject_token", idToken.get());
        exchange.put("subject_token_type", ID_TOKEN_TYPE);
        // the IdP hop is never DPoP-bound: the ID-JAG is an assertion, not an access token
        Tokens jag = request.tokenEndpoint().request(idp.tokenEndpoint(), idp.issuer(), idp.client(), exchange, null);
        Map<String, String> bearer = request.baseParams(JwtBearerGrant.GRANT_TYPE);
        bearer.put("assertion", jag.accessToken());
        return request.send(bearer);
    }
}
