package io.agentwire.mcp.auth.client;

import java.io.IOException;

/**
 * An authorization step failed: an OAuth error answered by a server ({@link #error()} is its {@code error} code), or
 * a check the client made itself refused to go on (metadata issuer mismatch, resource mismatch, missing PKCE support,
 * a wrong {@code iss} in the authorization response...). It is an {@link IOException} so it travels through the
 * transport's request path to the caller unchanged.
 */
public final class OAuthException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String error;

    public OAuthException(String error, String message) {
        super(message);
        this.error = error;
    }

    /** The OAuth error code ({@code invalid_grant}, ...) or a client-side reason such as {@code issuer_mismatch}. */
    public String error() {
        return error;
    }

    static OAuthException refused(String reason, String message) {
        return new OAuthException(reason, message);
    }
}
