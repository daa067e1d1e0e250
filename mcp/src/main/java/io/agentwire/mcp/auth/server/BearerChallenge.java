package io.agentwire.mcp.auth.server;

import java.net.URI;
import java.util.Collection;

/**
 * Builds {@code WWW-Authenticate: Bearer ...} values (RFC 6750 §3 with the RFC 9728 {@code resource_metadata}
 * parameter), in the parameter orders the MCP authorization spec shows.
 */
final class BearerChallenge {
    private BearerChallenge() {
    }

    /** 401 without credentials: where to discover the authorization server, and which scopes to ask for. */
    static String unauthenticated(URI metadata, Collection<String> scopes) {
        StringBuilder value = new StringBuilder("Bearer ");
        param(value, "resource_metadata", metadata.toString());
        if (!scopes.isEmpty()) {
            param(value, "scope", String.join(" ", scopes));
        }
        return value.toString();
    }

    /** 401 for a token that was presented but refused. */
    static String invalidToken(URI metadata, Collection<String> scopes, String description) {
        StringBuilder value = new StringBuilder("Bearer ");
        param(value, "error", "invalid_token");
        param(value, "resource_metadata", metadata.toString());
        if (!scopes.isEmpty()) {
            param(value, "scope", String.join(" ", scopes));
        }
        param(value, "error_description", description);
        return value.toString();
    }

    /** 403 step-up: the token is good but lacks scopes; {@code scopes} is what the client should ask for now. */
    static String insufficientScope(URI metadata, Collection<String> scopes, String description) {
        StringBuilder value = new StringBuilder("Bearer ");
        param(value, "error", "insufficient_scope");
        param(value, "scope", String.join(" ", scopes));
        param(value, "resource_metadata", metadata.toString());
        param(value, "error_description", description);
        return value.toString();
    }

    private static void param(StringBuilder value, String name, String content) {
        if (value.length() > "Bearer ".length()) {
            value.append(", ");
        }
        value.append(name).append("=\"").append(quotable(content)).append('"');
    }

    /** RFC 6750 limits these values to printable ASCII without {@code "} and {@code \}; anything else becomes a space. */
    static String quotable(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            safe.append(c >= 0x20 && c <= 0x7E && c != '"' && c != '\\' ? c : ' ');
        }
        return safe.toString();
    }
}
