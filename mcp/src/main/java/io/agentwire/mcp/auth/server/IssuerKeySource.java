package io.agentwire.mcp.auth.server;

import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;

/**
 * The signing keys of one trusted issuer: its JWKS fetched with timeouts and a size limit, cached, refreshed once when a
 * token names an unknown key id (never more often than the policy's minimum interval, so a flood of made-up key ids
 * cannot be turned against the authorization server), and refreshed ahead of expiry on a background thread so that
 * steady-state validation does not wait for the network. When the JWKS URI is to be discovered, discovery happens on
 * first use, and a failure is remembered for the minimum interval instead of being retried on every request.
 */
final class IssuerKeySource implements JWKSource<SecurityContext> {
    /** One daemon thread for every refresh-ahead fetch: a library must not keep the JVM alive. */
    private static final ExecutorService REFRESHER = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "agentwire-jwks-refresh");
        thread.setDaemon(true);
        return thread;
    });

    private final TrustedIssuer issuer;
    private final ResourceServerConfig.JwksPolicy policy;
    private final ResourceRetriever retriever;
    private volatile JWKSource<SecurityContext> keys;
    private volatile long lastGoodFetchNanos;
    private KeySourceException discoveryFailure;
    private long retryDiscoveryAtNanos;

    IssuerKeySource(TrustedIssuer issuer, ResourceServerConfig.JwksPolicy policy, ResourceRetriever retriever) {
        this.issuer = issuer;
        this.policy = policy;
        this.retriever = retriever;
        if (issuer.jwksUri() != null) {
            this.keys = cachedSource(issuer.jwksUri());
        }
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
        try {
            return keys().get(selector, context);
        } catch (RateLimitReachedException e) {
            // nimbus says only "no fetch allowed now"; what that means depends on whether good keys are cached
            if (holdsFreshKeys()) {
                return List.of(); // the key id is unknown and its refetch was already spent: the token's problem
            }
            throw new KeySourceException("no usable key set: the last fetch failed and refetching is rate-limited", e);
        }
    }

    /** Whether the nimbus cache holds a key set fetched within its lifetime. */
    private boolean holdsFreshKeys() {
        long fetchedAt = lastGoodFetchNanos;
        return fetchedAt != 0 && System.nanoTime() - fetchedAt < policy.cacheTtl().toNanos();
    }

    /** Notes each fetch that brought a parseable key set, which is when nimbus refreshes its cache. */
    private ResourceRetriever recordingFetches(ResourceRetriever retriever) {
        return url -> {
            Resource resource = retriever.retrieveResource(url);
            try {
                JWKSet.parse(resource.getContent());
                lastGoodFetchNanos = System.nanoTime() | 1; // never 0, which means "never"
            } catch (ParseException e) {
                // nimbus reports the bad document itself
            }
            return resource;
        };
    }

    private JWKSource<SecurityContext> keys() throws KeySourceException {
        JWKSource<SecurityContext> known = keys;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (keys != null) {
                return keys;
            }
            if (discoveryFailure != null && System.nanoTime() - retryDiscoveryAtNanos < 0) {
                throw discoveryFailure;
            }
            try {
                keys = cachedSource(new AuthorizationServerDiscovery(retriever).jwksUri(issuer.issuer()));
                discoveryFailure = null;
                return keys;
            } catch (KeySourceException e) {
                discoveryFailure = e;
                retryDiscoveryAtNanos = System.nanoTime() + policy.minRefreshInterval().toNanos();
                throw e;
            }
        }
    }

    private JWKSource<SecurityContext> cachedSource(URI jwksUri) {
        long ttl = policy.cacheTtl().toMillis();
        // how long other callers wait for a fetch already under way: one fetch's worst case, plus a margin
        long refreshTimeout = policy.connectTimeout().toMillis() + policy.readTimeout().toMillis() + 1_000;
        long refreshAhead = Math.min(30_000, (ttl - refreshTimeout) / 2);
        JWKSourceBuilder<SecurityContext> builder;
        try {
            builder = JWKSourceBuilder.create(jwksUri.toURL(), recordingFetches(retriever));
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("JWKS URI is not a URL: " + jwksUri, e);
        }
        builder.retrying(false).outageTolerant(false);
        if (refreshAhead > 0) {
            builder.cache(ttl, refreshTimeout).refreshAheadCache(refreshAhead, null, REFRESHER, false, null, false);
        } else {
            builder.cache(ttl, Math.min(refreshTimeout, ttl - 1)).refreshAheadCache(false);
        }
        if (policy.minRefreshInterval().isZero()) {
            builder.rateLimited(false);
        } else {
            builder.rateLimited(policy.minRefreshInterval().toMillis());
        }
        return builder.build();
    }
}
