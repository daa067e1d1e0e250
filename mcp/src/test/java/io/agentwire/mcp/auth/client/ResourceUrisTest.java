package io.agentwire.mcp.auth.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

class ResourceUrisTest {
    private static final URI SERVER = URI.create("http://localhost:8080/mcp");

    @Test
    void resourceCoversItsPathAndBelow() {
        assertTrue(ResourceUris.covers("http://localhost:8080/mcp", SERVER));
        assertTrue(ResourceUris.covers("http://LOCALHOST:8080", SERVER), "a root resource covers every path");
        assertTrue(ResourceUris.covers("http://localhost:8080/", SERVER));
        assertTrue(ResourceUris.covers("http://localhost:8080/mcp/", URI.create("http://localhost:8080/mcp/x")));
        assertFalse(ResourceUris.covers("https://evil.example.com/mcp", SERVER));
        assertFalse(ResourceUris.covers("http://localhost:8081/mcp", SERVER));
        assertFalse(ResourceUris.covers("http://localhost:8080/mc", SERVER), "a prefix must end at a segment");
        assertFalse(ResourceUris.covers("http://localhost:8080/mcp#f", SERVER));
        assertFalse(ResourceUris.covers("not a uri", SERVER));
        assertTrue(ResourceUris.covers("https://a.test/mcp", URI.create("https://a.test:443/mcp")));
    }

    @Test
    void canonicalAndHtuForms() {
        assertEquals("http://localhost:8080/mcp", ResourceUris.canonical(URI.create("HTTP://LocalHost:8080/mcp/?q#f")));
        assertEquals("https://a.test", ResourceUris.canonical(URI.create("https://a.test/")));
        assertEquals("http://localhost:8080/mcp", ResourceUris.withoutQuery(URI.create("http://localhost:8080/mcp?x=1#y")));
    }

    @Test
    void wellKnownLocationsInSpecOrder() {
        assertEquals(List.of(URI.create("http://h:1/custom.json"),
                        URI.create("http://h:1/.well-known/oauth-protected-resource/mcp"),
                        URI.create("http://h:1/.well-known/oauth-protected-resource")),
                MetadataDiscovery.protectedResourceLocations(URI.create("http://h:1/mcp"), "/custom.json"));
        assertEquals(List.of(URI.create("http://h:1/.well-known/oauth-protected-resource")),
                MetadataDiscovery.protectedResourceLocations(URI.create("http://h:1/"), null));
        assertEquals(List.of(URI.create("http://h:1/.well-known/oauth-authorization-server/tenant1"),
                        URI.create("http://h:1/.well-known/openid-configuration/tenant1"),
                        URI.create("http://h:1/tenant1/.well-known/openid-configuration")),
                MetadataDiscovery.authorizationServerLocations("http://h:1/tenant1/"));
        assertEquals(List.of(URI.create("http://h:1/.well-known/oauth-authorization-server"),
                        URI.create("http://h:1/.well-known/openid-configuration")),
                MetadataDiscovery.authorizationServerLocations("http://h:1"));
    }
}
