package io.agentwire.mcp.auth.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agentwire.jsonrpc.codec.JsonRpcCodec;
import io.agentwire.mcp.McpHttpServer;
import io.agentwire.mcp.McpServer;
import io.agentwire.mcp.model.CallToolResult;
import io.agentwire.mcp.model.Tool;
import tools.jackson.databind.JsonNode;

/** An MCP server behind the resource-server guard, over a real socket. */
class ProtectedServerTest {
    private static final String INIT = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
            + "\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}";

    private final AuthFixtures auth;
    private final McpHttpServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ProtectedServerTest() throws Exception {
        auth = new AuthFixtures();
        McpServer definition = McpServer.builder("protected", "1.0.0")
                .tool(Tool.builder("hello").build(), call -> CallToolResult.text("hello"))
                .tool(Tool.builder("delete_everything").build(), call -> CallToolResult.text("gone"))
                .build();
        server = McpHttpServer.builder(definition).port(0).resourceServer(auth.config()).start();
    }

    @AfterEach
    void stop() {
        server.close();
        auth.close();
    }

    private HttpResponse<String> post(String body, String token, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url())).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (session != null) {
            request.header("Mcp-Session-Id", session);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void challengesAnonymousClientsAndServesTheMetadata() throws Exception {
        HttpResponse<String> anonymous = post(INIT, null, null);
        assertEquals(401, anonymous.statusCode());
        String challenge = anonymous.headers().firstValue("WWW-Authenticate").orElseThrow();
        assertTrue(challenge.contains("resource_metadata=\"http://127.0.0.1:3001/.well-known/oauth-protected-resource/mcp\""), challenge);

        HttpRequest metadata = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/.well-known/oauth-protected-resource/mcp")).GET().build();
        JsonNode document = JsonRpcCodec.standard().mapper().readTree(client.send(metadata, HttpResponse.BodyHandlers.ofString()).body());
        assertEquals(AuthFixtures.RESOURCE.toString(), document.path("resource").asString());
        assertEquals(auth.issuer().toString(), document.path("authorization_servers").get(0).asString());
    }

    @Test
    void validTokensPassAndToolScopesNeedStepUp() throws Exception {
        String token = auth.validToken("mcp");
        HttpResponse<String> init = post(INIT, token, null);
        assertEquals(200, init.statusCode(), init.body());
        String session = init.headers().firstValue("Mcp-Session-Id").orElseThrow();

        HttpResponse<String> hello = post("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"hello\"}}", token, session);
        assertEquals(200, hello.statusCode());

        HttpResponse<String> delete = post("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"delete_everything\"}}", token, session);
        assertEquals(403, delete.statusCode());
        assertTrue(delete.headers().firstValue("WWW-Authenticate").orElseThrow().contains("error=\"insufficient_scope\""));

        HttpResponse<String> wrongAudience = post(INIT, AuthFixtures.sign(auth.key, auth.claims().audience("http://127.0.0.1:9/elsewhere").build()), null);
        assertEquals(401, wrongAudience.statusCode());
    }
}
