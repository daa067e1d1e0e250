package io.agentwire.mcp.auth.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProtectedResourceMetadataTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final URI ISSUER = URI.create("http://127.0.0.1:9000");

    @Test
    void documentForAResourceWithAPath() {
        ResourceServerConfig config = ResourceServerConfig.builder(URI.create("http://127.0.0.1:3001/mcp"))
                .authorizationServer(ISSUER, URI.create(ISSUER + "/jwks"))
                .authorizationServer(URI.create("https://login.example/tenant"))
                .requiredScopes("mcp")
                .toolScopes("delete_everything", "admin")
                .resourceName("Agentwire test server")
                .resourceDocumentation(URI.create("https://docs.example/mcp"))
                .build();
        ProtectedResourceMetadata metadata = new ProtectedResourceMetadata(config);
        assertEquals(List.of("/.well-known/oauth-protected-resource/mcp", "/.well-known/oauth-protected-resource"), metadata.paths());
        assertTrue(metadata.servesPath("/.well-known/oauth-protected-resource"));
        assertFalse(metadata.servesPath("/.well-known/oauth-protected-resource/other"));
        assertEquals(URI.create("http://127.0.0.1:3001/.well-known/oauth-protected-resource/mcp"), metadata.url());

        JsonNode expected = MAPPER.readTree("""
                {"resource":"http://127.0.0.1:3001/mcp",
                 "authorization_servers":["http://127.0.0.1:9000","https://login.example/tenant"],
                 "scopes_supported":["admin","mcp"],
                 "bearer_methods_supported":["header"],
                 "resource_name":"Agentwire test server",
                 "resource_documentation":"https://docs.example/mcp"}""");
        assertEquals(expected, MAPPER.readTree(metadata.documentBytes()));
        assertEquals(expected, metadata.json(MAPPER));
        assertEquals(expected, MAPPER.readTree(metadata.documentString()));
    }

    @Test
    void rootResourceIsServedAtTheBareWellKnownPath() {
        for (String resource : new String[] {"https://mcp.example", "https://mcp.example/"}) {
            ProtectedResourceMetadata metadata = new ProtectedResourceMetadata(ResourceServerConfig.builder(URI.create(resource))
                    .authorizationServer(ISSUER).build());
            assertEquals(List.of("/.well-known/oauth-protected-resource"), metadata.paths());
            assertEquals(URI.create("https://mcp.example/.well-known/oauth-protected-resource"), metadata.url());
        }
    }

    @Test
    void explicitScopesSupportedWinAndEmptyOnesAreOmitted() {
        ResourceServerConfig explicit = ResourceServerConfig.builder(URI.create("http://127.0.0.1:3001/mcp"))
                .authorizationServer(ISSUER).requiredScopes("mcp").scopesSupported("mcp", "mcp:admin").build();
        assertEquals(MAPPER.readTree("[\"mcp\",\"mcp:admin\"]"),
                new ProtectedResourceMetadata(explicit).json(MAPPER).get("scopes_supported"));

        ResourceServerConfig none = ResourceServerConfig.builder(URI.create("http://127.0.0.1:3001/mcp")).authorizationServer(ISSUER).build();
        JsonNode document = new ProtectedResourceMetadata(none).json(MAPPER);
        assertFalse(document.has("scopes_supported"));
        assertFalse(document.has("resource_name"));
        assertEquals("header", document.get("bearer_methods_supported").get(0).asString());
    }
}
