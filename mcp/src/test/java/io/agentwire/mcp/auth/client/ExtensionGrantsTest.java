package io.agentwire.mcp.auth.client;

import static io.agentwire.mcp.auth.client.OAuthFixture.AS_PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import tools.jackson.databind.node.ObjectNode;

/** Client credentials (private_key_jwt, client_secret_basic), workload identity JWT bearer, enterprise-managed. */
class ExtensionGrantsTest {
    private final OAuthFixture fx = new OAuthFixture();

    @AfterEach
    void close() {
        fx.close();
    }

    static String pem(java.security.PrivateKey key) {
        return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(key.getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    private void serve(String authMethod, String grantType) {
        fx.prm(null);
        ObjectNode md = fx.asMetadata();
        md.remove("registration_endpoint");
        md.putArray("token_endpoint_auth_methods_supported").add(authMethod);
        md.putArray("grant_types_supported").add(grantType);
        fx.publish(AS_PATH, md);
        fx.token("cc-token-1");
    }

    @Test
    void clientCredentialsWithPrivateKeyJwt() throws Exception {
        serve("private_key_jwt", "client_credentials");
        ECKey key = new ECKeyGenerator(Curve.P_256).generate();
        OAuthClientAuthorizer a = new OAuthClientAuthorizer(OAuthClientConfig.builder().clientCredentials()
                .privateKeyJwt(PrivateKeyJwtSigner.fromPem(pem(key.toECPrivateKey()), "ES256"))
                .preRegistered(new OAuthClientConfig.PreRegistered("conformance-test-client", null, "private_key_jwt", null))
                .build());
        assertEquals("Bearer cc-token-1", fx.authorizeOnce(a, "mcp:read").get("Authorization"));

        Map<String, String> form = fx.forms("/token").get(0);
        assertEquals("client_credentials", form.get("grant_type"));
        assertEquals("mcp:read", form.get("scope"));
        assertEquals(fx.base + "/mcp", form.get("resource"));
        assertEquals(TokenEndpoint.CLIENT_ASSERTION_TYPE, form.get("client_assertion_type"));
        SignedJWT assertion = SignedJWT.parse(form.get("client_assertion"));
        assertEquals(JWSAlgorithm.ES256, assertion.getHeader().getAlgorithm());
        assertTrue(assertion.verify(new ECDSAVerifier(key.toECPublicKey())));
        JWTClaimsSet c = assertion.getJWTClaimsSet();
        assertEquals("conformance-test-client", c.getIssuer());
        assertEquals("conformance-test-client", c.getSubject());
        assertEquals(List.of(fx.base), c.getAudience(), "audience is the issuer");
        assertTrue(c.getExpirationTime().after(new Date()));
        assertTrue(c.getJWTID() != null && !c.getJWTID().isEmpty());
        assertTrue(fx.posts("/authorize").isEmpty() && fx.gets("/authorize").isEmpty(), "no user involved");
    }

    @Test
    void rsaKeysSignRs256ByDefault() throws Exception {
        RSAKey rsa = new RSAKeyGenerator(2048).generate();
        PrivateKeyJwtSigner signer = PrivateKeyJwtSigner.fromPem(pem(rsa.toRSAPrivateKey()), null);
        assertEquals("RS256", signer.algorithm());
        assertTrue(SignedJWT.parse(signer.assertion("c", "https://as.test")).verify(new RSASSAVerifier(rsa.toRSAPublicKey())));
        assertThrows(IllegalArgumentException.class, () -> PrivateKeyJwtSigner.fromPem("-----BEGIN EC PRIVATE KEY-----", null));
    }

    @Test
    void clientCredentialsWithClientSecretBasic() throws Exception {
        serve("client_secret_basic", "client_credentials");
        OAuthClientAuthorizer a = new OAuthClientAuthorizer(OAuthClientConfig.builder().clientCredentials()
                .preRegistered("conformance-test-client", "conformance-test-secret").build());
        fx.authorizeOnce(a, null);
        assertEquals(TokenAuthMethodTest.basic("conformance-test-client", "conformance-test-secret"),
                fx.posts("/token").get(0).getHeader("Authorization"));
        Map<String, String> form = fx.forms("/token").get(0);
        assertEquals("client_credentials", form.get("grant_type"));
        assertNull(form.get("scope"));
    }

    private String workloadJwt(ECKey key, String audience, Instant exp) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.ES256), new JWTClaimsSet.Builder()
                .issuer("https://idp.conformance-test.local").subject("workload").audience(audience)
                .expirationTime(Date.from(exp)).jwtID(UUID.randomUUID().toString()).build());
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }

    private OAuthClientAuthorizer wif(String jwt) {
        return new OAuthClientAuthorizer(OAuthClientConfig.builder().jwtBearer(() -> jwt)
                .preRegistered(new OAuthClientConfig.PreRegistered("conformance-wif-workload", null, "none", null)).build());
    }

    @Test
    void workloadIdentityJwtBearer() throws Exception {
        serve("none", JwtBearerGrant.GRANT_TYPE);
        ECKey key = new ECKeyGenerator(Curve.P_256).generate();
        String jwt = workloadJwt(key, fx.base, Instant.now().plusSeconds(300));
        assertEquals("Bearer cc-token-1", fx.authorizeOnce(wif(jwt), null).get("Authorization"));
        Map<String, String> form = fx.forms("/token").get(0);
        assertEquals(JwtBearerGrant.GRANT_TYPE, form.get("grant_type"));
        assertEquals(jwt, form.get("assertion"));
        assertEquals("conformance-wif-workload", form.get("client_id"));
        assertEquals(fx.base + "/mcp", form.get("resource"));
    }

    @Test
    void workloadTokensForAnotherAudienceOrExpiredAreNotSent() throws Exception {
        serve("none", JwtBearerGrant.GRANT_TYPE);
        ECKey key = new ECKeyGenerator(Curve.P_256).generate();
        String wrongAudience = workloadJwt(key, "https://wrong.example", Instant.now().plusSeconds(300));
        String expired = workloadJwt(key, fx.base, Instant.now().minusSeconds(60));
        assertEquals("assertion_audience", assertThrows(OAuthException.class,
                () -> fx.authorizeOnce(wif(wrongAudience), null)).error());
        assertEquals("assertion_expired", assertThrows(OAuthException.class,
                () -> fx.authorizeOnce(wif(expired), null)).error());
        assertEquals("invalid_assertion", assertThrows(OAuthException.class,
                () -> fx.authorizeOnce(wif("not-a-jwt"), null)).error());
        assertTrue(fx.posts("/token").isEmpty());
    }

    @Test
    void rejectedJwtBearerIsSurfacedWithoutRetryOrOtherGrant() throws Exception {
        serve("none", JwtBearerGrant.GRANT_TYPE);
        fx.tokenError("/token", 400, "invalid_grant");
        ECKey key = new ECKeyGenerator(Curve.P_256).generate();
        String jwt = workloadJwt(key, fx.base, Instant.now().plusSeconds(300));
        assertEquals("invalid_grant", assertThrows(OAuthException.class, () -> fx.authorizeOnce(wif(jwt), null)).error());
        assertEquals(1, fx.posts("/token").size());
    }

    @Test
    void enterpriseManagedExchangesIdTokenThenRedeemsIdJag() throws Exception {
        serve("client_secret_basic", JwtBearerGrant.GRANT_TYPE);
        fx.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/idp/token"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                        "{\"access_token\":\"the-id-jag\",\"issued_token_type\":\"" + EnterpriseManagedGrant.ID_JAG_TYPE
                                + "\",\"token_type\":\"N_A\"}")));
        OAuthClientAuthorizer a = new OAuthClientAuthorizer(OAuthClientConfig.builder()
                .enterpriseManaged(fx.base + "/idp", URI.create(fx.base + "/idp/token"), "idp-client", () -> "the-id-token")
                .preRegistered(new OAuthClientConfig.PreRegistered("xaa-client", "xaa-secret", "client_secret_basic", null))
                .build());
        assertEquals("Bearer cc-token-1", fx.authorizeOnce(a, null).get("Authorization"));

        Map<String, String> exchange = fx.forms("/idp/token").get(0);
        assertEquals(EnterpriseManagedGrant.TOKEN_EXCHANGE, exchange.get("grant_type"));
        assertEquals(EnterpriseManagedGrant.ID_JAG_TYPE, exchange.get("requested_token_type"));
        assertEquals("the-id-token", exchange.get("subject_token"));
        assertEquals(EnterpriseManagedGrant.ID_TOKEN_TYPE, exchange.get("subject_token_type"));
        assertEquals(fx.base, exchange.get("audience"));
        assertEquals(fx.base + "/mcp", exchange.get("resource"));
        assertEquals("idp-client", exchange.get("client_id"));

        Map<String, String> bearer = fx.forms("/token").get(0);
        assertEquals(JwtBearerGrant.GRANT_TYPE, bearer.get("grant_type"));
        assertEquals("the-id-jag", bearer.get("assertion"));
        assertEquals(TokenAuthMethodTest.basic("xaa-client", "xaa-secret"), fx.posts("/token").get(0).getHeader("Authorization"));
    }
}
