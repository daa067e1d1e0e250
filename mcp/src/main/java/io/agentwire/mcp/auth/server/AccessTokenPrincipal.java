package io.agentwire.mcp.auth.server;

import java.util.Set;

/** Who a validated access token speaks for, and what it allows. Holds no token, so it is safe to log. */
public record AccessTokenPrincipal(String subject, String clientId, Set<String> scopes) {
    public AccessTokenPrincipal {
        scopes = Set.copyOf(scopes);
    }
}
