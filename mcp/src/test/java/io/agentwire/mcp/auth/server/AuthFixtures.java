package io.agentwire.mcp.auth.server;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.net.URI;
import java.util.Date;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** A WireMock authorization server on loopback that publishes a JWKS, and a way to mint tokens. */
final class AuthFixtures implements AutoCloseable {
    static final URI RESOURCE = URI.create("http://127.0.0.1:3001/mcp");

    final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
    final RSAKey key;
    final RSAKey stranger;

    AuthFixtures() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
        stranger = new RSAKeyGenerator(2048).keyID("k1").generate(); // same kid, other key: a forgery
        server.start();
        server.stubFor(get(urlEqualTo("/jwks")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(new JWKSet(key.toPublicJWK()).toString())));
    }

    URI issuer() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    ResourceServerConfig config() {
        return ResourceServerConfig.builder(RESOURCE, issuer(), URI.create(issuer() + "/jwks"))
                .requiredScopes("mcp")
                .toolScopes("delete_everything", "admin")
                .build();
    }

    String token(RSAKey signer, String audience, String scope, long expiresInSeconds) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer().toString())
                .subject("user-1")
                .audience(audience)
                .claim("scope", scope)
                .claim("client_id", "client-1")
                .jwtID(UUID.randomUUID().toString())
                .expirationTime(new Date(System.currentTimeMillis() + expiresInSeconds * 1000))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID())
                .type(new JOSEObjectType("at+jwt")).build(), claims);
        jwt.sign(new RSASSASigner(signer));
        return jwt.serialize();
    }

    String validToken(String scope) throws Exception {
        return token(key, RESOURCE.toString(), scope, 300);
    }

    @Override
    public void close() {
        server.stop();
    }
}
