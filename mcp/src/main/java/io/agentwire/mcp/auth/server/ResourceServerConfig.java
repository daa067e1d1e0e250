package io.agentwire.mcp.auth.server;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import com.nimbusds.jose.JWSAlgorithm;

/**
 * How an MCP server protects itself as an OAuth resource server: who it is (the canonical URI tokens must be issued
 * for), whom it trusts (issuers and their keys), which scopes each request needs, and how keys are fetched. Immutable;
 * build one with {@link #builder(URI)}.
 */
public final class ResourceServerConfig {
    /** Asymmetric algorithms only: an HMAC would need a secret shared with the issuer, and "none" is never accepted. */
    public static final Set<JWSAlgorithm> DEFAULT_ALGORITHMS = Set.of(
            JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512,
            JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512);

    private final URI resource;
    private final List<TrustedIssuer> issuers;
    private final Set<JWSAlgorithm> algorithms;
    private final Duration clockSkew;
    private final Set<String> requiredScopes;
    private final Map<String, Set<String>> methodScopes;
    private final Map<String, Set<String>> toolScopes;
    private final List<String> scopesSupported;
    private final String resourceName;
    private final URI resourceDocumentation;
    private final JwksPolicy jwks;

    private ResourceServerConfig(Builder b) {
        if (b.issuers.isEmpty()) {
            throw new IllegalArgumentException("at least one authorization server is required");
        }
        this.resource = b.resource;
        this.issuers = List.copyOf(b.issuers.values());
        this.algorithms = Set.copyOf(b.algorithms);
        this.clockSkew = b.clockSkew;
        this.requiredScopes = immutableOrdered(b.requiredScopes);
        this.methodScopes = immutableMap(b.methodScopes);
        this.toolScopes = immutableMap(b.toolScopes);
        this.scopesSupported = b.scopesSupported != null ? List.copyOf(b.scopesSupported) : allScopes();
        this.resourceName = b.resourceName;
        this.resourceDocumentation = b.resourceDocumentation;
        this.jwks = b.jwks;
    }

    /** Starts a configuration for the server whose canonical URI is {@code resource}, e.g. {@code https://host/mcp}. */
    public static Builder builder(URI resource) {
        return new Builder(resource);
    }

    /** Shorthand for one issuer with a known key set location. */
    public static Builder builder(URI resource, URI issuer, URI jwksUri) {
        return new Builder(resource).authorizationServer(new TrustedIssuer(issuer, jwksUri));
    }

    /** The canonical URI of this server: the audience every accepted token must name. */
    public URI resource() {
        return resource;
    }

    /** The trusted authorization servers, in the order they were added. */
    public List<TrustedIssuer> issuers() {
        return issuers;
    }

    /** Signature algorithms accepted in access tokens. */
    public Set<JWSAlgorithm> algorithms() {
        return algorithms;
    }

    /** Tolerance for {@code exp} and {@code nbf} against this server's clock. */
    public Duration clockSkew() {
        return clockSkew;
    }

    /** Scopes every request needs. */
    public Set<String> requiredScopes() {
        return requiredScopes;
    }

    /** Extra scopes per JSON-RPC method. */
    public Map<String, Set<String>> methodScopes() {
        return methodScopes;
    }

    /** Extra scopes per tool, needed by a {@code tools/call} naming it. */
    public Map<String, Set<String>> toolScopes() {
        return toolScopes;
    }

    /** The {@code scopes_supported} advertised in the metadata: as configured, else every scope named above. */
    public List<String> scopesSupported() {
        return scopesSupported;
    }

    /** Human-readable name for the metadata, or {@code null}. */
    public String resourceName() {
        return resourceName;
    }

    /** Developer documentation URL for the metadata, or {@code null}. */
    public URI resourceDocumentation() {
        return resourceDocumentation;
    }

    /** How key sets and authorization server metadata are fetched and cached. */
    public JwksPolicy jwks() {
        return jwks;
    }

    /**
     * The scopes a JSON-RPC request needs: the defaults, plus those of its method, plus for {@code tools/call} those of
     * the named tool. Requests without a JSON-RPC body (a GET stream, a DELETE) pass {@code null} for both.
     *
     * @param method the JSON-RPC method, or {@code null}
     * @param toolName the tool a {@code tools/call} names, or {@code null}; with a {@code null} method it is taken as
     *                 a {@code tools/call}
     */
    public Set<String> requiredScopes(String method, String toolName) {
        Set<String> needed = new LinkedHashSet<>(requiredScopes);
        if (method != null) {
            needed.addAll(methodScopes.getOrDefault(method, Set.of()));
        }
        if (toolName != null && (method == null || "tools/call".equals(method))) {
            needed.addAll(toolScopes.getOrDefault(toolName, Set.of()));
        }
        return Collections.unmodifiableSet(needed);
    }

    private List<String> allScopes() {
        Set<String> all = new TreeSet<>(requiredScopes);
        methodScopes.values().forEach(all::addAll);
        toolScopes.values().forEach(all::addAll);
        return List.copyOf(all);
    }

    private static Set<String> immutableOrdered(Collection<String> scopes) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(scopes));
    }

    private static Map<String, Set<String>> immutableMap(Map<String, Set<String>> map) {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, immutableOrdered(v)));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * Network and cache settings for fetching key sets and authorization server metadata.
     *
     * @param connectTimeout TCP connect timeout per fetch
     * @param readTimeout read timeout per fetch
     * @param sizeLimitBytes the largest document accepted
     * @param cacheTtl how long a fetched key set is used before it is fetched again
     * @param minRefreshInterval the least time between two fetches, however many unknown key ids arrive; also how
     *                           long a failed metadata discovery is remembered before it is retried
     */
    public record JwksPolicy(Duration connectTimeout, Duration readTimeout, int sizeLimitBytes, Duration cacheTtl,
                             Duration minRefreshInterval) {
        public static final JwksPolicy DEFAULTS = new JwksPolicy(Duration.ofSeconds(2), Duration.ofSeconds(2), 256 * 1024,
                Duration.ofMinutes(5), Duration.ofSeconds(30));

        public JwksPolicy {
            requirePositive(connectTimeout, "connectTimeout");
            requirePositive(readTimeout, "readTimeout");
            requirePositive(cacheTtl, "cacheTtl");
            Objects.requireNonNull(minRefreshInterval, "minRefreshInterval");
            if (minRefreshInterval.isNegative() || minRefreshInterval.compareTo(cacheTtl) >= 0) {
                // nimbus requires the rate-limit interval to be shorter than the cache lifetime
                throw new IllegalArgumentException("minRefreshInterval must be >= 0 and shorter than cacheTtl");
            }
            if (sizeLimitBytes <= 0) {
                throw new IllegalArgumentException("sizeLimitBytes must be positive");
            }
        }

        private static void requirePositive(Duration d, String what) {
            if (d == null || d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException(what + " must be positive");
            }
        }
    }

    /** Collects a configuration. */
    public static final class Builder {
        private final URI resource;
        private final Map<String, TrustedIssuer> issuers = new LinkedHashMap<>();
        private Set<JWSAlgorithm> algorithms = DEFAULT_ALGORITHMS;
        private Duration clockSkew = Duration.ofSeconds(60);
        private final List<String> requiredScopes = new ArrayList<>();
        private final Map<String, Set<String>> methodScopes = new LinkedHashMap<>();
        private final Map<String, Set<String>> toolScopes = new LinkedHashMap<>();
        private List<String> scopesSupported;
        private String resourceName;
        private URI resourceDocumentation;
        private JwksPolicy jwks = JwksPolicy.DEFAULTS;

        private Builder(URI resource) {
            Objects.requireNonNull(resource, "resource");
            TrustedIssuer.requireHttp(resource, "resource");
            this.resource = resource;
        }

        /** Trusts an issuer whose keys are at a known JWKS URI. */
        public Builder authorizationServer(URI issuer, URI jwksUri) {
            return authorizationServer(new TrustedIssuer(issuer, jwksUri));
        }

        /** Trusts an issuer whose JWKS URI is discovered from its metadata ({@code jwks_uri}). */
        public Builder authorizationServer(URI issuer) {
            return authorizationServer(TrustedIssuer.discovered(issuer));
        }

        public Builder authorizationServer(TrustedIssuer issuer) {
            if (issuers.putIfAbsent(issuer.issuer().toString(), issuer) != null) {
                throw new IllegalArgumentException("issuer listed twice: " + issuer.issuer());
            }
            return this;
        }

        public Builder algorithms(JWSAlgorithm... accepted) {
            Set<JWSAlgorithm> set = Set.of(accepted);
            for (JWSAlgorithm a : set) {
                if (JWSAlgorithm.Family.HMAC_SHA.contains(a)) {
                    throw new IllegalArgumentException("symmetric algorithm " + a + " cannot be verified with a public JWKS");
                }
            }
            if (set.isEmpty()) {
                throw new IllegalArgumentException("at least one algorithm is required");
            }
            this.algorithms = set;
            return this;
        }

        public Builder clockSkew(Duration skew) {
            if (skew == null || skew.isNegative()) {
                throw new IllegalArgumentException("clock skew must be >= 0");
            }
            this.clockSkew = skew;
            return this;
        }

        /** Scopes every request needs (and that a 401 challenge asks for). */
        public Builder requiredScopes(String... scopes) {
            requiredScopes.clear();
            requiredScopes.addAll(validScopes(List.of(scopes)));
            return this;
        }

        /** Extra scopes a JSON-RPC method needs, e.g. {@code resources/read}. */
        public Builder methodScopes(String method, String... scopes) {
            methodScopes.put(Objects.requireNonNull(method, "method"), Set.copyOf(validScopes(List.of(scopes))));
            return this;
        }

        /** Extra scopes a {@code tools/call} of {@code tool} needs; a token without them gets a 403 step-up challenge. */
        public Builder toolScopes(String tool, String... scopes) {
            toolScopes.put(Objects.requireNonNull(tool, "tool"), Set.copyOf(validScopes(List.of(scopes))));
            return this;
        }

        /** Overrides the advertised {@code scopes_supported} (by default every scope named in this configuration). */
        public Builder scopesSupported(String... scopes) {
            this.scopesSupported = validScopes(List.of(scopes));
            return this;
        }

        public Builder resourceName(String name) {
            this.resourceName = name;
            return this;
        }

        public Builder resourceDocumentation(URI documentation) {
            this.resourceDocumentation = documentation;
            return this;
        }

        public Builder jwks(JwksPolicy policy) {
            this.jwks = Objects.requireNonNull(policy, "policy");
            return this;
        }

        public ResourceServerConfig build() {
            return new ResourceServerConfig(this);
        }

        /** RFC 6749 scope-token syntax, which also keeps scopes safe inside a quoted challenge parameter. */
        private static List<String> validScopes(List<String> scopes) {
            for (String s : scopes) {
                if (s == null || s.isEmpty() || !s.chars().allMatch(c -> c == 0x21 || (c >= 0x23 && c <= 0x5B) || (c >= 0x5D && c <= 0x7E))) {
                    throw new IllegalArgumentException("not a valid scope token: " + s);
                }
            }
            return scopes;
        }
    }
}
