package io.agentwire.mcp.auth.client;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.agentwire.mcp.auth.ClientAuthorizer;
import io.agentwire.mcp.auth.client.WwwAuthenticate.Challenge;

/**
 * The OAuth 2.1 client an MCP HTTP transport talks to through {@link ClientAuthorizer}. On a 401 it discovers the
 * server's protected resource metadata and authorization server afresh (so a server that moved to another
 * authorization server is followed, with a new client identity there), selects scopes (challenge, else the
 * resource's {@code scopes_supported}, else none), obtains tokens with the configured grant, and asks for a retry.
 * On a 403 {@code insufficient_scope} it re-authorizes with the union of the scopes it had and the challenged ones,
 * at most {@code maxStepUps} times and never twice for the same set. DPoP nonce challenges are answered by retrying
 * with the new nonce. Every loop is bounded: a server that keeps refusing ends in {@code false}, not in recursion.
 * Authorization runs under the instance lock, so concurrent requests wait for it instead of starting their own.
 */
public final class OAuthClientAuthorizer implements ClientAuthorizer {
    private static final System.Logger LOG = System.getLogger(OAuthClientAuthorizer.class.getName());
    static final Duration REFRESH_SKEW = Duration.ofSeconds(30);
    /** Freshly issued tokens rejected on their first use, in a row, before giving up. */
    static final int MAX_FRESH_REJECTIONS = 2;
    /** Nonce challenges in a row (with no successful request between them) before giving up. */
    static final int MAX_NONCE_RETRIES = 3;

    /** What one authorization settled: where, for what, as whom, with which scopes. */
    private record Session(AuthorizationServerMetadata as, ClientRegistration client, String resource,
            Set<String> scopes, DpopProver dpop) {
        TokenStore.Key key() {
            return new TokenStore.Key(as.issuer(), resource);
        }
    }

    private record Discovery(AuthorizationServerMetadata as, String resource, List<String> scopesSupported) {
    }

    private final OAuthClientConfig config;
    private final MetadataDiscovery discovery;
    private final ClientRegistrar registrar;
    private final TokenEndpoint tokenEndpoint;
    private final TokenStore store;
    private final DpopProver dpop;

    // guarded by this
    private Session session;
    private int presentations;
    private int freshRejections;
    private int stepUps;
    private int nonceRetries;
    private int presentationsAtLastNonce = -1;
    private final Set<Set<String>> attemptedScopes = new HashSet<>();

    public OAuthClientAuthorizer(OAuthClientConfig config) {
        this.config = config;
        OAuthHttp http = new OAuthHttp(config.httpClient(), config.timeout());
        this.discovery = new MetadataDiscovery(http);
        this.registrar = new ClientRegistrar(http, config);
        this.tokenEndpoint = new TokenEndpoint(http, config.assertionSigner());
        this.store = config.tokenStore();
        this.dpop = config.dpop() == OAuthClientConfig.DpopMode.NEVER ? null : DpopProver.generate();
    }

    @Override
    public synchronized Map<String, String> headers(String httpMethod, URI url) throws IOException {
        if (session == null || !ResourceUris.sameOrigin(session.resource(), url)) {
            return Map.of(); // a token is never sent to another origin, whatever the transport is told to call
        }
        Optional<Tokens> held = store.get(session.key());
        if (held.isEmpty()) {
            return Map.of();
        }
        Tokens tokens = held.get();
        if (tokens.refreshToken() != null && tokens.expiresWithin(REFRESH_SKEW, Instant.now())) {
            tokens = refresh(tokens).orElse(tokens); // on failure the server's 401 starts a new authorization
        }
        presentations++;
        Map<String, String> headers = new LinkedHashMap<>();
        if (tokens.isDpop() && session.dpop() != null) {
            headers.put("Authorization", "DPoP " + tokens.accessToken());
            headers.put("DPoP", session.dpop().proof(httpMethod, url, tokens.accessToken()));
        } else {
            headers.put("Authorization", "Bearer " + tokens.accessToken());
        }
        return headers;
    }

    @Override
    public synchronized boolean challenged(int status, Map<String, List<String>> responseHeaders, String httpMethod,
            URI url) throws IOException {
        List<Challenge> challenges = WwwAuthenticate.parse(header(responseHeaders, "www-authenticate"));
        Optional<Challenge> challenge = WwwAuthenticate.oauthChallenge(challenges);
        boolean newNonce = false;
        if (dpop != null) {
            for (String nonce : header(responseHeaders, "dpop-nonce")) {
                newNonce |= dpop.rememberNonce(url, nonce);
            }
        }
        String error = challenge.flatMap(Challenge::error).orElse(null);
        if ("use_dpop_nonce".equals(error)) {
            return retryWithNonce(newNonce);
        }
        if (status == 401) {
            return reauthorize(challenge.orElse(null), url);
        }
        if (status == 403 && "insufficient_scope".equals(error)) {
            return stepUp(challenge.get(), url);
        }
        return false;
    }

    private boolean retryWithNonce(boolean newNonce) {
        if (presentations - presentationsAtLastNonce > 1) {
            nonceRetries = 0; // a request went through since the last nonce challenge
        }
        presentationsAtLastNonce = presentations;
        return dpop != null && newNonce && ++nonceRetries <= MAX_NONCE_RETRIES;
    }

    private boolean reauthorize(Challenge challenge, URI url) throws IOException {
        if (session != null) {
            Optional<Tokens> held = store.get(session.key());
            if (held.isPresent()) {
                store.remove(session.key());
                boolean usedBefore = presentations > 1;
                freshRejections = usedBefore ? 0 : freshRejections + 1;
                if (freshRejections >= MAX_FRESH_REJECTIONS) {
                    LOG.log(System.Logger.Level.WARNING, "the server keeps rejecting freshly issued tokens; giving up");
                    return false;
                }
                if (usedBefore && held.get().refreshToken() != null) {
                    Optional<Tokens> refreshed = refresh(held.get());
                    if (refreshed.isPresent()) {
                        return true;
                    }
                }
            }
        }
        authorize(serverUrl(url), challenge, null);
        return true;
    }

    private boolean stepUp(Challenge challenge, URI url) throws IOException {
        Set<String> challenged = scopes(challenge.scope().orElse(""));
        if (session == null || challenged.isEmpty()) {
            return false;
        }
        Set<String> union = new LinkedHashSet<>(session.scopes());
        union.addAll(challenged);
        if (stepUps >= config.maxStepUps() || attemptedScopes.contains(union)) {
            LOG.log(System.Logger.Level.WARNING, "not re-authorizing for scopes {0}: already tried, or the step-up limit is reached", union);
            return false;
        }
        stepUps++;
        authorize(serverUrl(url), challenge, union);
        return true;
    }

    private void authorize(URI server, Challenge challenge, Set<String> explicitScopes) throws IOException {
        Discovery d = discover(server, challenge == null ? null : challenge.resourceMetadata().orElse(null));
        Set<String> scopes = explicitScopes != null ? new LinkedHashSet<>(explicitScopes)
                : selectScopes(challenge, d.scopesSupported());
        Grant grant = config.grant();
        if (grant.wantsRefreshTokens() && config.requestOfflineAccess() && d.as().listsScope("offline_access")) {
            scopes.add("offline_access");
        }
        ClientRegistration client = registrar.registrationFor(d.as());
        DpopProver prover = dpop != null && d.as().supportsDpop(DpopProver.ALG) ? dpop : null;
        LOG.log(System.Logger.Level.DEBUG, "authorizing at {0} for {1} as {2}, scopes {3}", d.as().issuer(),
                d.resource(), client.clientId(), scopes);
        Tokens tokens;
        try {
            tokens = grant.obtain(new Grant.Request(d.as(), client, d.resource(), scopes, prover, tokenEndpoint));
        } catch (OAuthException e) {
            if ("invalid_client".equals(e.error())) {
                registrar.forget(d.as().issuer());
            }
            throw e;
        } finally {
            attemptedScopes.add(Set.copyOf(scopes));
        }
        session = new Session(d.as(), client, d.resource(), scopes, prover);
        store.put(session.key(), tokens);
        presentations = 0;
    }

    private Discovery discover(URI server, String resourceMetadataUrl) throws IOException {
        Optional<ProtectedResourceMetadata> prm = discovery.protectedResource(server, resourceMetadataUrl);
        if (prm.isPresent()) {
            String issuer = prm.get().authorizationServers().get(0);
            AuthorizationServerMetadata as = discovery.authorizationServer(issuer)
                    .orElseThrow(() -> OAuthException.refused("no_metadata",
                            "authorization server " + issuer + " publishes no metadata"));
            return new Discovery(as, prm.get().resource(), prm.get().scopesSupported());
        }
        // 2025-03-26: no resource metadata, the authorization server is the MCP server's origin
        String origin = ResourceUris.origin(server);
        AuthorizationServerMetadata as = discovery.authorizationServer(origin)
                .orElseGet(() -> AuthorizationServerMetadata.defaults(origin));
        return new Discovery(as, ResourceUris.canonical(server), List.of());
    }

    private Optional<Tokens> refresh(Tokens tokens) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("grant_type", "refresh_token");
        params.put("refresh_token", tokens.refreshToken());
        params.put("resource", session.resource());
        try {
            Tokens fresh = tokenEndpoint.request(session.as().tokenEndpoint(), session.as().issuer(), session.client(),
                    params, session.dpop()).withRefreshTokenIfMissing(tokens.refreshToken());
            store.put(session.key(), fresh);
            presentations = 0;
            return Optional.of(fresh);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "refresh at {0} failed: {1}", session.as().issuer(), e.getMessage());
            store.remove(session.key());
            return Optional.empty();
        }
    }

    /** The MCP specification's order: the challenge's scope, else all of {@code scopes_supported}, else none. */
    private static Set<String> selectScopes(Challenge challenge, List<String> scopesSupported) {
        Set<String> fromChallenge = challenge == null ? Set.of() : scopes(challenge.scope().orElse(""));
        return new LinkedHashSet<>(fromChallenge.isEmpty() ? scopesSupported : fromChallenge);
    }

    private static Set<String> scopes(String value) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : value.trim().split("\\s+")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private URI serverUrl(URI requestUrl) {
        return config.resourceUrl() != null ? config.resourceUrl() : URI.create(ResourceUris.withoutQuery(requestUrl));
    }

    private static List<String> header(Map<String, List<String>> headers, String name) {
        if (headers == null) {
            return List.of();
        }
        List<String> direct = headers.get(name);
        if (direct != null) {
            return direct;
        }
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().toLowerCase(Locale.ROOT).equals(name)) {
                return e.getValue();
            }
        }
        return List.of();
    }

    @Override
    public synchronized String toString() {
        return "OAuthClientAuthorizer[" + (session == null ? "unauthorized"
                : "issuer=" + session.as().issuer() + ", resource=" + session.resource() + ", scopes=" + session.scopes())
                + "]";
    }
}
