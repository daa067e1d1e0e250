package io.agentwire.mcp.auth.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JWSAlgorithm;

class ResourceServerConfigTest {
    private static final URI RESOURCE = URI.create("http://127.0.0.1:3001/mcp");
    private static final URI ISSUER = URI.create("https://as.example");

    @Test
    void defaultsAreSafe() {
        ResourceServerConfig config = ResourceServerConfig.builder(RESOURCE).authorizationServer(ISSUER).build();
        assertEquals(ResourceServerConfig.DEFAULT_ALGORITHMS, config.algorithms());
        assertEquals(Duration.ofSeconds(60), config.clockSkew());
        assertEquals(List.of(TrustedIssuer.discovered(ISSUER)), config.issuers());
        assertEquals(Set.of(), config.requiredScopes(null, null));
        assertEquals(ResourceServerConfig.JwksPolicy.DEFAULTS, config.jwks());
    }

    @Test
    void refusesUnsafeOrIncompleteSettings() {
        ResourceServerConfig.Builder builder = ResourceServerConfig.builder(RESOURCE);
        assertThrows(IllegalArgumentException.class, builder::build, "no issuer");
        assertThrows(IllegalArgumentException.class, () -> builder.algorithms(JWSAlgorithm.HS256));
        assertThrows(IllegalArgumentException.class, () -> builder.algorithms());
        assertThrows(IllegalArgumentException.class, () -> builder.requiredScopes("has\"quote"));
        assertThrows(IllegalArgumentException.class, () -> builder.toolScopes("t", "two words"));
        assertThrows(IllegalArgumentException.class, () -> builder.authorizationServer(ISSUER, URI.create("file:///etc/jwks.json")));
        assertThrows(IllegalArgumentException.class, () -> builder.clockSkew(Duration.ofSeconds(-1)));
        builder.authorizationServer(ISSUER);
        assertThrows(IllegalArgumentException.class, () -> builder.authorizationServer(ISSUER), "duplicate issuer");
        assertThrows(IllegalArgumentException.class, () -> ResourceServerConfig.builder(URI.create("http://127.0.0.1/mcp#frag")));
        assertThrows(IllegalArgumentException.class, () -> ResourceServerConfig.builder(URI.create("/mcp")));
        assertThrows(IllegalArgumentException.class, () -> new ResourceServerConfig.JwksPolicy(Duration.ofSeconds(1),
                Duration.ofSeconds(1), 1024, Duration.ofSeconds(10), Duration.ofSeconds(10)), "rate limit must be below the TTL");
    }

    @Test
    void configurationIsImmutable() {
        ResourceServerConfig config = ResourceServerConfig.builder(RESOURCE).authorizationServer(ISSUER)
                .requiredScopes("mcp").toolScopes("t", "x").build();
        assertThrows(UnsupportedOperationException.class, () -> config.requiredScopes().add("y"));
        assertThrows(UnsupportedOperationException.class, () -> config.toolScopes().put("u", Set.of()));
        assertThrows(UnsupportedOperationException.class, () -> config.requiredScopes("tools/call", "t").add("z"));
    }
}
