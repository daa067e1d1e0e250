package io.agentwire.mcp.auth.server;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * A WireMock authorization server on loopback that publishes key sets (and, when asked, its metadata), plus the keys
 * and a way to mint access tokens with nimbus.
 */
final class AuthFixtures implements AutoCloseable {
    static final URI RESOURCE = URI.create("http://127.0.0.1:3001/mcp");
    static final String JWKS_PATH = "/jwks";
    /**
     * Short enough that timeout tests (which stall the JWKS for 8 s) finish fast, long enough for a WireMock that
     * answers its first request slowly on a loaded two-core machine.
     */
    static final ResourceServerConfig.JwksPolicy FAST = new ResourceServerConfig.JwksPolicy(Duration.ofMillis(1500),
            Duration.ofMillis(1500), 64 * 1024, Duration.ofMinutes(5), Duration.ofSeconds(30));

    private static final RSAKey RSA = generateRsa("rsa-1");
    private static final RSAKey RSA_FORGER = generateRsa("rsa-1"); // same kid, other key: a forgery
    private static final RSAKey RSA_ROTATED = generateRsa("rsa-2");
    private static final ECKey EC = generateEc("ec-1");

    final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
    final RSAKey key = RSA;
    final RSAKey forger = RSA_FORGER;
    final RSAKey rotated = RSA_ROTATED;
    final ECKey ec = EC;

    private final int port;

    AuthFixtures() {
        server.start();
        port = server.port(); // kept, so tokens can still be minted for this issuer after the server is stopped
        publishJwks(JWKS_PATH, key, ec);
    }

    static RSAKey generateRsa(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static ECKey generateEc(String kid) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(kid).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Serves the public halves of {@code keys} at {@code path}. */
    void publishJwks(String path, JWK... keys) {
        List<JWK> publicKeys = Arrays.stream(keys).map(JWK::toPublicJWK).toList();
        server.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(new JWKSet(publicKeys).toString())));
    }

    /** Serves an authorization server metadata document at {@code path}. */
    void publishMetadata(String path, String issuer, String jwksUri) {
        server.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + jwksUri + "\","
                        + "\"authorization_endpoint\":\"" + issuer + "/authorize\",\"token_endpoint\":\"" + issuer + "/token\"}")));
    }

    int requests(String path) {
        return server.countRequestsMatching(getRequestedFor(urlEqualTo(path)).build()).getCount();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    URI issuer() {
        return base();
    }

    URI jwksUri() {
        return URI.create(base() + JWKS_PATH);
    }

    /** Trusts this stub with a known JWKS URI, default scope {@code mcp}, and {@code admin} for one tool. */
    ResourceServerConfig.Builder configBuilder() {
        return ResourceServerConfig.builder(RESOURCE)
                .authorizationServer(issuer(), jwksUri())
                .requiredScopes("mcp")
                .toolScopes("delete_everything", "admin")
                .jwks(FAST);
    }

    ResourceServerConfig config() {
        return configBuilder().build();
    }

    /** Claims of a good token: this issuer, this resource, five minutes to live, scope {@code mcp}. */
    JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder()
                .issuer(issuer().toString())
                .subject("user-1")
                .audience(RESOURCE.toString())
                .claim("scope", "mcp")
                .claim("client_id", "client-1")
                .jwtID(UUID.randomUUID().toString())
                .issueTime(new Date())
                .expirationTime(new Date(System.currentTimeMillis() + 300_000));
    }

    static String sign(JWK signer, JWTClaimsSet claims) {
        JWSAlgorithm alg = signer instanceof ECKey ? JWSAlgorithm.ES256 : JWSAlgorithm.RS256;
        return sign(signer, alg, new JOSEObjectType("at+jwt"), claims);
    }

    static String sign(JWK signer, JWSAlgorithm alg, JOSEObjectType type, JWTClaimsSet claims) {
        try {
            JWSSigner jws = signer instanceof ECKey e ? new ECDSASigner(e) : new RSASSASigner((RSAKey) signer);
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(alg).keyID(signer.getKeyID()).type(type).build(), claims);
            jwt.sign(jws);
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String validToken(String scope) {
        return sign(key, claims().claim("scope", scope).build());
    }

    @Override
    public void close() {
        server.stop();
    }
}
