package io.agentwire.a2a.auth;

import java.util.Set;

/**
 * Who a verified credential belongs to.
 *
 * @param name   the principal: a token's subject, an API key's owner, a certificate's subject
 * @param scopes the OAuth scopes the credential grants (empty for credentials without scopes)
 */
public record AuthenticatedCaller(String name, Set<String> scopes) {
    public AuthenticatedCaller {
        scopes = Set.copyOf(scopes);
    }
}
