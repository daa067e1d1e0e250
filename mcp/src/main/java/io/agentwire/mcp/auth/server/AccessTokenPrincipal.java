package io.agentwire.mcp.auth.server;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who a validated access token speaks for, and what it allows. Holds no token, so it is safe to log and to hand to
 * tool code; nothing here lets the server pass the caller's token on to another service.
 *
 * @param subject the {@code sub} claim, or {@code null}
 * @param clientId the {@code client_id} claim (else {@code azp}), or {@code null}
 * @param issuer the {@code iss} claim, already checked against the trusted issuers
 * @param scopes the granted scopes, from {@code scope} (space-separated) and/or {@code scp} (array or string)
 * @param expiresAt the {@code exp} claim
 */
public record AccessTokenPrincipal(String subject, String clientId, String issuer, Set<String> scopes, Instant expiresAt) {
    public AccessTokenPrincipal {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(expiresAt, "expiresAt");
        scopes = Collections.unmodifiableSet(new LinkedHashSet<>(scopes));
    }

    /** Whether every scope in {@code needed} was granted. */
    public boolean hasScopes(Collection<String> needed) {
        return scopes.containsAll(needed);
    }
}
