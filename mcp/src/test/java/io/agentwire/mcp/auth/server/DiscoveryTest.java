package io.agentwire.mcp.auth.server;

import static io.agentwire.mcp.auth.server.AuthFixtures.sign;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Finding an issuer's JWKS from its RFC 8414 / OpenID Connect metadata. */
class DiscoveryTest {
    private final AuthFixtures auth = new AuthFixtures();

    @AfterEach
    void stop() {
        auth.close();
    }

    private AccessTokenValidator validatorFor(URI issuer) {
        return new AccessTokenValidator(ResourceServerConfig.builder(AuthFixtures.RESOURCE)
                .authorizationServer(issuer).jwks(AuthFixtures.FAST).build());
    }

    @Test
    void metadataUrlsFollowTheMcpOrder() {
        assertEquals(List.of(URI.create("https://as.example/.well-known/oauth-authorization-server"),
                        URI.create("https://as.example/.well-known/openid-configuration")),
                AuthorizationServerDiscovery.metadataUrls(URI.create("https://as.example")));
        assertEquals(List.of(URI.create("https://as.example/.well-known/oauth-authorization-server/tenant/1"),
                        URI.create("https://as.example/.well-known/openid-configuration/tenant/1"),
                        URI.create("https://as.example/tenant/1/.well-known/openid-configuration")),
                AuthorizationServerDiscovery.metadataUrls(URI.create("https://as.example/tenant/1/")));
    }

    @Test
    void rfc8414MetadataLeadsToTheKeysOnce() throws Exception {
        auth.publishMetadata("/.well-known/oauth-authorization-server", auth.issuer().toString(), auth.jwksUri().toString());
        AccessTokenValidator validator = validatorFor(auth.issuer());
        for (int i = 0; i < 5; i++) {
            validator.validate(auth.validToken("mcp"));
        }
        assertEquals(1, auth.requests("/.well-known/oauth-authorization-server"));
        assertEquals(1, auth.requests(AuthFixtures.JWKS_PATH));
    }

    @Test
    void openIdConfigurationIsTheFallbackForAPathIssuer() throws Exception {
        URI issuer = URI.create(auth.base() + "/realms/main");
        auth.publishMetadata("/realms/main/.well-known/openid-configuration", issuer.toString(), auth.base() + "/realms/main/certs");
        auth.publishJwks("/realms/main/certs", auth.ec);
        AccessTokenPrincipal principal = validatorFor(issuer).validate(sign(auth.ec, auth.claims().issuer(issuer.toString()).build()));
        assertEquals(issuer.toString(), principal.issuer());
        assertEquals(1, auth.requests("/.well-known/oauth-authorization-server/realms/main"), "RFC 8414 was tried first");
        assertEquals(1, auth.requests("/.well-known/openid-configuration/realms/main"));
    }

    @Test
    void metadataNamingAnotherIssuerIsNotTrusted() {
        auth.publishMetadata("/.well-known/oauth-authorization-server", "https://evil.example", auth.jwksUri().toString());
        InvalidTokenException e = assertThrows(InvalidTokenException.class, () -> validatorFor(auth.issuer()).validate(auth.validToken("mcp")));
        assertEquals(TokenRejection.KEYS_UNAVAILABLE, e.reason());
        assertTrue(e.getMessage().contains("evil.example"), e.getMessage());
        assertEquals(0, auth.requests(AuthFixtures.JWKS_PATH));
    }

    @Test
    void missingMetadataIsRememberedInsteadOfRetriedPerRequest() {
        AccessTokenValidator validator = validatorFor(auth.issuer());
        for (int i = 0; i < 3; i++) {
            InvalidTokenException e = assertThrows(InvalidTokenException.class, () -> validator.validate(auth.validToken("mcp")));
            assertEquals(TokenRejection.KEYS_UNAVAILABLE, e.reason());
        }
        assertEquals(1, auth.requests("/.well-known/oauth-authorization-server"));
        assertEquals(1, auth.requests("/.well-known/openid-configuration"));
    }

    @Test
    void nonHttpKeyLocationsAreRefused() {
        auth.publishMetadata("/.well-known/oauth-authorization-server", auth.issuer().toString(), "file:///etc/passwd");
        InvalidTokenException e = assertThrows(InvalidTokenException.class, () -> validatorFor(auth.issuer()).validate(auth.validToken("mcp")));
        assertEquals(TokenRejection.KEYS_UNAVAILABLE, e.reason());
    }
}
