package io.agentwire.mcp.auth.server;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The resource-server decision for one HTTP request, and the one class a transport needs: let the request through with
 * its principal, or refuse it with the status and headers that tell the client what to do (RFC 6750, RFC 9728 and the
 * MCP step-up rules):
 * <ul>
 *   <li>401 with {@code Bearer resource_metadata="…", scope="…"} when no bearer token was sent;</li>
 *   <li>401 with {@code error="invalid_token"} when the token is refused (expired, forged, wrong audience, …);</li>
 *   <li>403 with {@code error="insufficient_scope"} and the scopes to re-authorize with, when a valid token lacks a
 *       scope the request needs;</li>
 *   <li>503 with {@code Retry-After} when the issuer's keys cannot be fetched, since the token was not judged and
 *       sending the client to re-authorize would not help.</li>
 * </ul>
 * Refusals are logged at DEBUG with their reason, never with the token. {@link #check} may block on a key-set fetch
 * (bounded by the configured timeouts) the first time an issuer is used and when a token names an unknown key.
 */
public final class BearerGuard {
    private static final Logger LOG = System.getLogger(BearerGuard.class.getName());
    private static final String RETRY_AFTER_SECONDS = "5";

    /** What to do with a request. */
    public enum Outcome {
        /** Serve the request; {@link Decision#principal()} says for whom. */
        ALLOW,
        /** 401: no token; ask the client to authenticate. */
        UNAUTHENTICATED,
        /** 401 {@code invalid_token}: the token was refused. */
        INVALID_TOKEN,
        /** 403 {@code insufficient_scope}: step up. */
        INSUFFICIENT_SCOPE,
        /** 503: the issuer's keys are unavailable; try later. */
        UNAVAILABLE
    }

    /**
     * The verdict on one request.
     *
     * @param outcome what happened
     * @param principal the caller when allowed, else {@code null}
     * @param status the HTTP status to answer a refusal with (200 when allowed)
     * @param wwwAuthenticate the {@code WWW-Authenticate} value for a refusal, else {@code null}
     * @param rejection why a token was refused, else {@code null} (for logs and metrics)
     */
    public record Decision(Outcome outcome, AccessTokenPrincipal principal, int status, String wwwAuthenticate,
                           TokenRejection rejection) {
        public boolean allowed() {
            return outcome == Outcome.ALLOW;
        }

        /** The headers to send with a refusal ({@code WWW-Authenticate}, plus {@code Retry-After} for 503); empty when allowed. */
        public Map<String, String> headers() {
            if (allowed()) {
                return Map.of();
            }
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("WWW-Authenticate", wwwAuthenticate);
            if (outcome == Outcome.UNAVAILABLE) {
                headers.put("Retry-After", RETRY_AFTER_SECONDS);
            }
            return Collections.unmodifiableMap(headers);
        }
    }

    private final ResourceServerConfig config;
    private final AccessTokenValidator validator;
    private final ProtectedResourceMetadata metadata;

    public BearerGuard(ResourceServerConfig config) {
        this(config, new AccessTokenValidator(config));
    }

    public BearerGuard(ResourceServerConfig config, AccessTokenValidator validator) {
        this.config = Objects.requireNonNull(config, "config");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.metadata = new ProtectedResourceMetadata(config);
    }

    /** The protected resource metadata to serve, and the paths to serve it at. */
    public ProtectedResourceMetadata metadata() {
        return metadata;
    }

    public ResourceServerConfig config() {
        return config;
    }

    /** The scopes a JSON-RPC request needs; see {@link ResourceServerConfig#requiredScopes(String, String)}. */
    public Set<String> requiredScopes(String method, String toolName) {
        return config.requiredScopes(method, toolName);
    }

    /**
     * Checks a JSON-RPC request.
     *
     * @param authorization the {@code Authorization} header, or {@code null}
     * @param method the JSON-RPC method, or {@code null} for requests without one (GET stream, DELETE)
     * @param toolName the tool a {@code tools/call} names, or {@code null}
     */
    public Decision check(String authorization, String method, String toolName) {
        return checkScopes(authorization, config.requiredScopes(method, toolName));
    }

    /**
     * Checks a request: {@code toolName} non-null means a {@code tools/call} of that tool, {@code null} any other
     * request (which needs only the default scopes).
     */
    public Decision check(String authorization, String toolName) {
        return checkScopes(authorization, config.requiredScopes(toolName == null ? null : "tools/call", toolName));
    }

    /** Checks a request against an explicit set of needed scopes. */
    public Decision checkScopes(String authorization, Set<String> neededScopes) {
        Set<String> needed = new LinkedHashSet<>(neededScopes);
        String token = bearerToken(authorization);
        if (token == null) {
            return new Decision(Outcome.UNAUTHENTICATED, null, 401,
                    BearerChallenge.unauthenticated(metadata.url(), needed), TokenRejection.MISSING);
        }
        AccessTokenPrincipal principal;
        try {
            principal = validator.validate(token);
        } catch (InvalidTokenException e) {
            return refuse(e, needed);
        }
        if (!principal.hasScopes(needed)) {
            return stepUp(principal, needed);
        }
        return new Decision(Outcome.ALLOW, principal, 200, null, null);
    }

    private Decision refuse(InvalidTokenException e, Set<String> needed) {
        TokenRejection reason = e.reason();
        LOG.log(Level.DEBUG, () -> "access token refused: " + e.getMessage());
        if (reason.isServerSide()) {
            LOG.log(Level.WARNING, () -> "cannot validate access tokens: " + e.getMessage());
            return new Decision(Outcome.UNAVAILABLE, null, 503,
                    BearerChallenge.unauthenticated(metadata.url(), needed), reason);
        }
        return new Decision(Outcome.INVALID_TOKEN, null, 401,
                BearerChallenge.invalidToken(metadata.url(), needed, reason.description()), reason);
    }

    private Decision stepUp(AccessTokenPrincipal principal, Set<String> needed) {
        Set<String> missing = new TreeSet<>(needed);
        missing.removeAll(principal.scopes());
        // ask for what the request needs plus what the client already holds, so re-consent loses nothing (MCP step-up)
        Set<String> ask = new LinkedHashSet<>(needed);
        ask.addAll(new TreeSet<>(principal.scopes()));
        LOG.log(Level.DEBUG, () -> "insufficient scope for subject " + principal.subject() + ": missing " + missing);
        return new Decision(Outcome.INSUFFICIENT_SCOPE, principal, 403, BearerChallenge.insufficientScope(metadata.url(), ask,
                "this request needs scope " + String.join(" ", missing)), null);
    }

    /** The credential of an {@code Authorization: Bearer} header (scheme case-insensitive), or {@code null}. */
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
