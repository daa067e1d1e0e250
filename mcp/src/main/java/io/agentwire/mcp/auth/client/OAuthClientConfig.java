package io.agentwire.mcp.auth.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How an {@link OAuthClientAuthorizer} identifies itself and obtains tokens. Built with {@link #builder()}; the
 * defaults give a public native client using the authorization code grant through a
 * {@link HeadlessAuthorizationCodeHandler}, dynamic registration, DPoP when the server offers it, in-memory tokens.
 */
public final class OAuthClientConfig {
    /** DPoP use: when the authorization server advertises ES256 proofs, or never. */
    public enum DpopMode { AUTO, NEVER }

    /**
     * Credentials obtained out of band.
     *
     * @param issuer the authorization server they belong to, or null for whichever the resource names
     * @param tokenEndpointAuthMethod the method, or null to pick one the server supports
     */
    public record PreRegistered(String clientId, String clientSecret, String tokenEndpointAuthMethod, String issuer) {
        public PreRegistered {
            Objects.requireNonNull(clientId, "clientId");
        }

        @Override
        public String toString() {
            return "PreRegistered[clientId=" + clientId + ", clientSecret=" + (clientSecret == null ? "none" : "***")
                    + ", tokenEndpointAuthMethod=" + tokenEndpointAuthMethod + ", issuer=" + issuer + "]";
        }
    }

    private final Grant grant;
    private final PreRegistered preRegistered;
    private final URI clientMetadataUrl;
    private final boolean dynamicRegistration;
    private final String clientName;
    private final URI redirectUri;
    private final String applicationType;
    private final PrivateKeyJwtSigner assertionSigner;
    private final DpopMode dpop;
    private final boolean requestOfflineAccess;
    private final int maxStepUps;
    private final URI resourceUrl;
    private final TokenStore tokenStore;
    private final HttpClient httpClient;
    private final Duration timeout;

    private OAuthClientConfig(Builder b) {
        this.redirectUri = b.redirectUri;
        this.grant = b.grant != null ? b.grant
                : new AuthorizationCodeGrant(b.codeHandler != null ? b.codeHandler
                        : new HeadlessAuthorizationCodeHandler(b.httpClient, b.timeout), b.redirectUri);
        this.preRegistered = b.preRegistered;
        this.clientMetadataUrl = b.clientMetadataUrl;
        this.dynamicRegistration = b.dynamicRegistration;
        this.clientName = b.clientName;
        this.applicationType = b.applicationType;
        this.assertionSigner = b.assertionSigner;
        this.dpop = b.dpop;
        this.requestOfflineAccess = b.requestOfflineAccess;
        this.maxStepUps = b.maxStepUps;
        this.resourceUrl = b.resourceUrl;
        this.tokenStore = b.tokenStore;
        this.httpClient = b.httpClient;
        this.timeout = b.timeout;
    }

    public static Builder builder() {
        return new Builder();
    }

    Grant grant() {
        return grant;
    }

    PreRegistered preRegistered() {
        return preRegistered;
    }

    URI clientMetadataUrl() {
        return clientMetadataUrl;
    }

    boolean dynamicRegistration() {
        return dynamicRegistration;
    }

    String clientName() {
        return clientName;
    }

    URI redirectUri() {
        return redirectUri;
    }

    String applicationType() {
        return applicationType;
    }

    PrivateKeyJwtSigner assertionSigner() {
        return assertionSigner;
    }

    DpopMode dpop() {
        return dpop;
    }

    boolean requestOfflineAccess() {
        return requestOfflineAccess;
    }

    int maxStepUps() {
        return maxStepUps;
    }

    URI resourceUrl() {
        return resourceUrl;
    }

    TokenStore tokenStore() {
        return tokenStore;
    }

    HttpClient httpClient() {
        return httpClient;
    }

    Duration timeout() {
        return timeout;
    }

    /** Collects the configuration; every setter returns the builder. */
    public static final class Builder {
        private Grant grant;
        private AuthorizationCodeHandler codeHandler;
        private PreRegistered preRegistered;
        private URI clientMetadataUrl;
        private boolean dynamicRegistration = true;
        private String clientName = "Agentwire MCP client";
        private URI redirectUri = URI.create("http://localhost:3000/callback");
        private String applicationType = "native";
        private PrivateKeyJwtSigner assertionSigner;
        private DpopMode dpop = DpopMode.AUTO;
        private boolean requestOfflineAccess = true;
        private int maxStepUps = 2;
        private URI resourceUrl;
        private TokenStore tokenStore = TokenStore.inMemory();
        private HttpClient httpClient;
        private Duration timeout = Duration.ofSeconds(30);

        private Builder() {
        }

        /** Authorization code grant with the given user-agent step (the default grant, headless by default). */
        public Builder authorizationCode(AuthorizationCodeHandler handler) {
            this.codeHandler = Objects.requireNonNull(handler, "handler");
            this.grant = null;
            return this;
        }

        /** Client credentials grant; authenticate with {@link #preRegistered} and maybe {@link #privateKeyJwt}. */
        public Builder clientCredentials() {
            this.grant = new ClientCredentialsGrant();
            return this;
        }

        /** JWT bearer grant with a workload identity token, read afresh for every token request. */
        public Builder jwtBearer(Supplier<String> assertion) {
            this.grant = new JwtBearerGrant(Objects.requireNonNull(assertion, "assertion"));
            return this;
        }

        /**
         * Enterprise-managed authorization: exchange {@code idToken} at the identity provider's token endpoint for an
         * ID-JAG, then redeem it at the MCP server's authorization server.
         */
        public Builder enterpriseManaged(String idpIssuer, URI idpTokenEndpoint, String idpClientId,
                Supplier<String> idToken) {
            this.grant = new EnterpriseManagedGrant(new EnterpriseManagedGrant.IdentityProvider(idpIssuer,
                    Objects.requireNonNull(idpTokenEndpoint, "idpTokenEndpoint"),
                    ClientRegistration.publicClient(idpClientId)), Objects.requireNonNull(idToken, "idToken"));
            return this;
        }

        public Builder preRegistered(PreRegistered credentials) {
            this.preRegistered = credentials;
            return this;
        }

        public Builder preRegistered(String clientId, String clientSecret) {
            return preRegistered(new PreRegistered(clientId, clientSecret, null, null));
        }

        /** Authenticate with {@code private_key_jwt} using this key (and the pre-registered client id). */
        public Builder privateKeyJwt(PrivateKeyJwtSigner signer) {
            this.assertionSigner = signer;
            return this;
        }

        /** The HTTPS URL of this client's metadata document, used as client id where servers support it. */
        public Builder clientMetadataUrl(URI url) {
            this.clientMetadataUrl = url;
            return this;
        }

        public Builder dynamicRegistration(boolean enabled) {
            this.dynamicRegistration = enabled;
            return this;
        }

        public Builder clientName(String name) {
            this.clientName = Objects.requireNonNull(name, "name");
            return this;
        }

        public Builder redirectUri(URI uri) {
            this.redirectUri = Objects.requireNonNull(uri, "uri");
            return this;
        }

        /** {@code native} or {@code web}, sent in dynamic registration (SEP-837). */
        public Builder applicationType(String type) {
            this.applicationType = Objects.requireNonNull(type, "type");
            return this;
        }

        public Builder dpop(DpopMode mode) {
            this.dpop = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /** Whether to add {@code offline_access} when the authorization server lists it (SEP-2207). */
        public Builder requestOfflineAccess(boolean enabled) {
            this.requestOfflineAccess = enabled;
            return this;
        }

        /** How many step-up re-authorizations (403 {@code insufficient_scope}) to attempt in total. */
        public Builder maxStepUps(int max) {
            if (max < 0) {
                throw new IllegalArgumentException("maxStepUps must be >= 0");
            }
            this.maxStepUps = max;
            return this;
        }

        /** The MCP server URL; by default the URL of the request that was challenged, without its query. */
        public Builder resourceUrl(URI url) {
            this.resourceUrl = url;
            return this;
        }

        public Builder tokenStore(TokenStore store) {
            this.tokenStore = Objects.requireNonNull(store, "store");
            return this;
        }

        /** The client for authorization server calls; it must not follow redirects. */
        public Builder httpClient(HttpClient client) {
            this.httpClient = client;
            return this;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        public OAuthClientConfig build() {
            if (httpClient == null) {
                httpClient = OAuthHttp.defaultClient(Duration.ofSeconds(10));
            }
            return new OAuthClientConfig(this);
        }
    }
}
