package io.agentwire.mcp.auth.client;

import java.time.Duration;
import java.time.Instant;

/**
 * What a token endpoint issued. {@link #toString()} never shows the tokens.
 *
 * @param accessToken the access token
 * @param tokenType {@code Bearer} or {@code DPoP} (or what the server said)
 * @param refreshToken the refresh token, or null
 * @param expiresAt when the access token expires, or null when the server did not say
 * @param scope the granted scope as the server reported it, or null
 */
public record Tokens(String accessToken, String tokenType, String refreshToken, Instant expiresAt, String scope) {
    public boolean isDpop() {
        return "DPoP".equalsIgnoreCase(tokenType);
    }

    /** Whether the access token is expired, or will be within {@code skew}. */
    public boolean expiresWithin(Duration skew, Instant now) {
        return expiresAt != null && !now.plus(skew).isBefore(expiresAt);
    }

    Tokens withRefreshTokenIfMissing(String previous) {
        return refreshToken != null ? this : new Tokens(accessToken, tokenType, previous, expiresAt, scope);
    }

    @Override
    public String toString() {
        return "Tokens[accessToken=***, tokenType=" + tokenType + ", refreshToken="
                + (refreshToken == null ? "none" : "***") + ", expiresAt=" + expiresAt + ", scope=" + scope + "]";
    }
}
