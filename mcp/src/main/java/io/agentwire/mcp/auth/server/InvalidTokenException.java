package io.agentwire.mcp.auth.server;

import java.util.Objects;

/**
 * An access token was refused. {@link #reason()} classifies the refusal; the message adds the detail for logs. Neither
 * ever contains the token.
 */
public final class InvalidTokenException extends Exception {
    private static final long serialVersionUID = 1L;

    private final TokenRejection reason;

    public InvalidTokenException(TokenRejection reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public InvalidTokenException(TokenRejection reason, String detail) {
        this(reason, detail, null);
    }

    public TokenRejection reason() {
        return reason;
    }
}
