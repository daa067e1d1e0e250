package io.agentwire.mcp.auth.server;

/** An access token was refused; the message says why (for logs and {@code error_description}), never the token. */
public final class InvalidTokenException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidTokenException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
