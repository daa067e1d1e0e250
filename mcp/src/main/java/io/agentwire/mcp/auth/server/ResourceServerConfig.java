package io.agentwire.mcp.auth.server;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How an MCP server protects itself as an OAuth resource server: who it is (the canonical URI tokens must be
 * issued for), whom it trusts (issuer and JWKS), and which scopes each call needs.
 *
 * @param resource the server's canonical URI, e.g. {@code https://mcp.example.com/mcp}; the audience tokens must carry
 * @param issuer the authorization server whose tokens are accepted
 * @param jwksUri where the issuer publishes its signing keys
 * @param requiredScopes scopes every request needs
 * @param toolScopes extra scopes per tool name, asked for with a 403 step-up challenge
 * @param clockSkew tolerance for {@code exp} and {@code nbf}
 */
public record ResourceServerConfig(URI resource, URI issuer, URI jwksUri, Set<String> requiredScopes,
                                   Map<String, Set<String>> toolScopes, Duration clockSkew) {
    public ResourceServerConfig {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(jwksUri, "jwksUri");
        requiredScopes = Set.copyOf(requiredScopes);
        toolScopes = Map.copyOf(toolScopes);
        clockSkew = clockSkew == null ? Duration.ofSeconds(60) : clockSkew;
    }

    public static Builder builder(URI resource, URI issuer, URI jwksUri) {
        return new Builder(resource, issuer, jwksUri);
    }

    /** Every scope the server may ask for, for {@code scopes_supported}. */
    public List<String> scopesSupported() {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(requiredScopes);
        toolScopes.values().forEach(all::addAll);
        return List.copyOf(all);
    }

    /** Collects a configuration. */
    public static final class Builder {
        private final URI resource;
        private final URI issuer;
        private final URI jwksUri;
        private Set<String> requiredScopes = Set.of();
        private final Map<String, Set<String>> toolScopes = new LinkedHashMap<>();
        private Duration clockSkew = Duration.ofSeconds(60);

        private Builder(URI resource, URI issuer, URI jwksUri) {
            this.resource = resource;
            this.issuer = issuer;
            this.jwksUri = jwksUri;
        }

        public Builder requiredScopes(String... scopes) {
            this.requiredScopes = Set.of(scopes);
            return this;
        }

        public Builder toolScopes(String tool, String... scopes) {
            toolScopes.put(tool, Set.of(scopes));
            return this;
        }

        public Builder clockSkew(Duration skew) {
            this.clockSkew = skew;
            return this;
        }

        public ResourceServerConfig build() {
            return new ResourceServerConfig(resource, issuer, jwksUri, requiredScopes, toolScopes, clockSkew);
        }
    }
}
