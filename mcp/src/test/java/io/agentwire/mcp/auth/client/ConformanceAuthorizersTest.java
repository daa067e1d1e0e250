package io.agentwire.mcp.auth.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.agentwire.mcp.auth.client.OAuthFixture.AS_PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;

import io.agentwire.mcp.auth.ClientAuthorizer;
import tools.jackson.databind.node.ObjectNode;

class ConformanceAuthorizersTest {
    private final OAuthFixture fx = new OAuthFixture();

    @AfterEach
    void close() {
        fx.close();
    }

    private void headlessAuthorizeEndpoint() {
        fx.server.stubFor(get(urlPathEqualTo("/authorize")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "{{request.query.redirect_uri}}?code=test-auth-code&state={{request.query.state}}"
                        + "&iss=" + OAuthFixture.enc(fx.base))
                .withTransformers("response-template")));
    }

    @Test
    void scenarioNamesPickTheGrant() throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_256).generate();
        ObjectNode jwtCtx = OAuthFixture.JSON.createObjectNode();
        jwtCtx.put("client_id", "c");
        jwtCtx.put("private_key_pem", ExtensionGrantsTest.pem(key.toECPrivateKey()));
        OAuthClientConfig jwt = ConformanceAuthorizers.configFor("auth/client-credentials-jwt", jwtCtx, fx.mcp());
        assertInstanceOf(ClientCredentialsGrant.class, jwt.grant());
        assertEquals("private_key_jwt", jwt.preRegistered().tokenEndpointAuthMethod());
        assertEquals("ES256", jwt.assertionSigner().algorithm());
        assertInstanceOf(JwtBearerGrant.class, ConformanceAuthorizers.configFor("auth/wif-jwt-bearer",
                OAuthFixture.JSON.readTree("{\"client_id\":\"w\",\"valid_jwt\":\"x\"}"), fx.mcp()).grant());
        assertInstanceOf(EnterpriseManagedGrant.class, ConformanceAuthorizers.configFor(
                "auth/enterprise-managed-authorization", OAuthFixture.JSON.readTree("{\"client_id\":\"c\","
                        + "\"client_secret\":\"s\",\"idp_client_id\":\"i\",\"idp_id_token\":\"t\",\"idp_issuer\":\"http://i\","
                        + "\"idp_token_endpoint\":\"http://i/token\"}"), fx.mcp()).grant());
        OAuthClientConfig basic = ConformanceAuthorizers.configFor("auth/metadata-default",
                OAuthFixture.JSON.createObjectNode(), fx.mcp());
        assertInstanceOf(AuthorizationCodeGrant.class, basic.grant());
        assertEquals(ConformanceAuthorizers.CIMD_URL, basic.clientMetadataUrl());
        assertNull(basic.preRegistered());
        assertThrows(IllegalArgumentException.class,
                () -> ConformanceAuthorizers.forConformance("auth/basic-cimd", "{not json", fx.mcp()));
    }

    @Test
    void preRegistrationScenarioEndToEnd() throws Exception {
        fx.prm(null);
        ObjectNode md = fx.asMetadata();
        md.remove("registration_endpoint");
        md.putArray("token_endpoint_auth_methods_supported").add("client_secret_basic");
        fx.publish(AS_PATH, md);
        fx.token("test-token-prereg");
        headlessAuthorizeEndpoint();
        ClientAuthorizer a = ConformanceAuthorizers.forConformance("auth/pre-registration",
                "{\"name\":\"auth/pre-registration\",\"client_id\":\"pre-registered-client\","
                        + "\"client_secret\":\"pre-registered-secret\"}", fx.mcp());

        assertEquals("Bearer test-token-prereg", fx.authorizeOnce(a, null).get("Authorization"));
        assertEquals(TokenAuthMethodTest.basic("pre-registered-client", "pre-registered-secret"),
                fx.posts("/token").get(0).getHeader("Authorization"));
        assertEquals("test-auth-code", fx.forms("/token").get(0).get("code"));
    }
}
