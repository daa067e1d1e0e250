package io.agentwire.mcp.auth.server;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The resource-server decision for one request: let it through with its principal, or refuse it with the status
 * and {@code WWW-Authenticate} challenge that tell the client what to do (RFC 6750, RFC 9728 and the MCP step-up
 * rules): 401 when there is no valid token, 403 {@code insufficient_scope} when the token lacks a scope the call
 * needs.
 */
public final class BearerGuard {
    /** Allowed (principal set) or refused (status and challenge set). */
    public record Decision(AccessTokenPrincipal principal, int status, String wwwAuthenticate) {
        public boolean allowed() {
            return principal != null;
        }
    }

    private final ResourceServerConfig config;
    private final AccessTokenValidator validator;
    private final ProtectedResourceMetadata metadata;

    public BearerGuard(ResourceServerConfig config) {
        this(config, new AccessTokenValidator(config));
    }

    public BearerGuard(ResourceServerConfig config, AccessTokenValidator validator) {
        this.config = config;
        this.validator = validator;
        this.metadata = new ProtectedResourceMetadata(config);
    }

    public ProtectedResourceMetadata metadata() {
        return metadata;
    }

    /**
     * @param authorization the {@code Authorization} header, or {@code null}
     * @param toolName the tool a {@code tools/call} names, or {@code null} for any other request
     */
    public Decision check(String authorization, String toolName) {
        Set<String> needed = new TreeSet<>(config.requiredScopes());
        if (toolName != null) {
            needed.addAll(config.toolScopes().getOrDefault(toolName, Set.of()));
        }
        String token = bearerToken(authorization);
        if (token == null) {
            return refuse(401, challenge(null, null, needed));
        }
        AccessTokenPrincipal principal;
        try {
            principal = validator.validate(token);
        } catch (InvalidTokenException e) {
            return refuse(401, challenge("invalid_token", e.getMessage(), needed));
        }
        if (!principal.scopes().containsAll(needed)) {
            Set<String> stepUp = new TreeSet<>(principal.scopes());
            stepUp.addAll(needed); // ask for what the client has plus what it lacks, so nothing is lost on re-consent
            return refuse(403, challenge("insufficient_scope", "this request needs scope " + String.join(" ", needed), stepUp));
        }
        return new Decision(principal, 200, null);
    }

    private static Decision refuse(int status, String challenge) {
        return new Decision(null, status, challenge);
    }

    private String challenge(String error, String description, Set<String> scopes) {
        StringBuilder value = new StringBuilder("Bearer ");
        if (error != null) {
            value.append("error=\"").append(error).append("\", ");
            value.append("error_description=\"").append(quoteSafe(description)).append("\", ");
        }
        if (!scopes.isEmpty()) {
            value.append("scope=\"").append(String.join(" ", scopes)).append("\", ");
        }
        value.append("resource_metadata=\"").append(metadata.url()).append('"');
        return value.toString();
    }

    private static String quoteSafe(String text) {
        return text.replace('"', '\'').replace('\\', '/').replaceAll("[\\r\\n]", " ");
    }

    static String bearerToken(String authorization) {
        if (authorization == null) {
            return null;
        }
        String trimmed = authorization.trim();
        if (trimmed.length() < 7 || !trimmed.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            return null;
        }
        String token = trimmed.substring(7).trim();
        return token.isEmpty() ? null : token;
    }
}
