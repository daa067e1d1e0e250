package io.agentwire.a2a.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;

import io.agentwire.a2a.A2aServer;
import io.agentwire.a2a.client.A2aClient;
import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.model.AgentCard;
import io.agentwire.a2a.model.Message;
import io.agentwire.a2a.model.Part;
import io.agentwire.a2a.model.Role;
import io.agentwire.a2a.model.SendMessageRequest;
import io.agentwire.a2a.model.SendMessageResponse;
import io.agentwire.a2a.testing.JsonRpcTestClient;
import tools.jackson.databind.JsonNode;

/** The card's API key and OAuth schemes enforced on JSON-RPC, HTTP+JSON and gRPC, and the client's token grant. */
class CardSecurityTest {
    private final ECKey issuerKey = SecuredAgents.newKey("issuer-1");
    private final HttpClient http = HttpClient.newHttpClient();
    private WireMockServer authServer;
    private A2aServer server;

    @BeforeEach
    void startAuthorizationServer() {
        authServer = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        authServer.start();
        authServer.stubFor(get(urlEqualTo("/jwks.json")).willReturn(aResponse().withHeader("Content-Type",
                "application/json").withBody(new JWKSet(issuerKey.toPublicJWK()).toString())));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        authServer.stop();
    }

    private A2aServer start() throws Exception {
        AgentCard card = SecuredAgents.apiKeyOrOAuthCard(authServer.baseUrl() + "/token");
        CardSecurity security = CardSecurity.forCard(card)
                .verifier("apiKey", new ApiKeyVerifier(card.getSecuritySchemesMap().get("apiKey").getApiKeySecurityScheme(),
                        Map.of("key-of-alice", "alice")))
                .verifier("oauth", JwtBearerVerifier.remote(new URL(authServer.baseUrl() + "/jwks.json"),
                        SecuredAgents.ISSUER, SecuredAgents.AUDIENCE))
                .build();
        server = SecuredAgents.agent(card, security).grpcPort(0).start();
        return server;
    }

    private HttpResponse<String> postTo(String path, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .timeout(Duration.ofSeconds(20)).header("A2A-Version", "1.0")
                .header("Content-Type", path.startsWith(A2aServer.REST_PATH) ? "application/a2a+json" : "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> jsonRpcSend(Map<String, String> headers) throws Exception {
        String body = new JsonRpcTestClient(server.jsonRpcUrl()).body("SendMessage",
                JsonRpcTestClient.message("m-" + System.nanoTime(), "hi"));
        return postTo(A2aServer.JSONRPC_PATH, body, headers);
    }

    private static String answer(HttpResponse<String> response) {
        JsonNode json = JsonRpcTestClient.JSON.readTree(response.body());
        JsonNode message = json.path("result").has("message") ? json.path("result").path("message")
                : json.path("result").path("task").path("status").path("message");
        return message.path("parts").path(0).path("text").asString();
    }

    private String bearer(String subject, String issuer, List<String> scopes, Instant expiry) {
        return "Bearer " + SecuredAgents.token(issuerKey, subject, issuer, scopes, expiry);
    }

    @Test
    void theCardStaysPublicButEveryBindingRequiresACredential() throws Exception {
        start();
        HttpResponse<String> card = http.send(HttpRequest.newBuilder(URI.create(server.cardUrl())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, card.statusCode());
        HttpResponse<String> jsonRpc = jsonRpcSend(Map.of());
        assertEquals(401, jsonRpc.statusCode());
        assertTrue(jsonRpc.body().contains("UNAUTHENTICATED"), jsonRpc.body());
        HttpResponse<String> rest = postTo(A2aServer.REST_PATH + "/message:send",
                "{\"message\":{\"messageId\":\"r1\",\"role\":\"ROLE_USER\",\"parts\":[{\"text\":\"hi\"}]}}", Map.of());
        assertEquals(401, rest.statusCode());
        A2aClient grpcClient = A2aClient.builder().card(server.card()).bindings(List.of("GRPC")).build();
        A2aException grpcError = assertThrows(A2aException.class, () -> grpcClient.sendMessage(send("g1")));
        assertEquals(A2aError.UNAUTHENTICATED, grpcError.error());
        grpcClient.close();
    }

    @Test
    void anIssuedApiKeyIsAdmittedAsItsOwnerAndAnUnknownOneIsRefused() throws Exception {
        start();
        HttpResponse<String> admitted = jsonRpcSend(Map.of("X-API-Key", "key-of-alice"));
        assertEquals(200, admitted.statusCode());
        assertEquals("hello alice", answer(admitted));
        HttpResponse<String> refused = jsonRpcSend(Map.of("X-API-Key", "key-of-mallory"));
        assertEquals(401, refused.statusCode());
        assertTrue(refused.body().contains("Unknown API key"), refused.body());
    }

    @Test
    void bearerTokensAreCheckedForSignatureIssuerExpiryAndScope() throws Exception {
        start();
        Instant later = Instant.now().plusSeconds(600);
        HttpResponse<String> valid = jsonRpcSend(Map.of("Authorization",
                bearer("bob", SecuredAgents.ISSUER, List.of(SecuredAgents.SEND_SCOPE), later)));
        assertEquals(200, valid.statusCode(), valid.body());
        assertEquals("hello bob", answer(valid));

        HttpResponse<String> expired = jsonRpcSend(Map.of("Authorization",
                bearer("bob", SecuredAgents.ISSUER, List.of(SecuredAgents.SEND_SCOPE), Instant.now().minusSeconds(600))));
        assertEquals(401, expired.statusCode());
        assertTrue(expired.body().contains("Invalid bearer token"), expired.body());

        HttpResponse<String> wrongIssuer = jsonRpcSend(Map.of("Authorization",
                bearer("bob", "https://elsewhere.test", List.of(SecuredAgents.SEND_SCOPE), later)));
        assertEquals(401, wrongIssuer.statusCode());

        ECKey forger = SecuredAgents.newKey("issuer-1");
        HttpResponse<String> forged = jsonRpcSend(Map.of("Authorization", "Bearer " + SecuredAgents.token(forger,
                "bob", SecuredAgents.ISSUER, List.of(SecuredAgents.SEND_SCOPE), later)));
        assertEquals(401, forged.statusCode(), "a token signed by another key under the same kid");

        HttpResponse<String> noScope = jsonRpcSend(Map.of("Authorization",
                bearer("bob", SecuredAgents.ISSUER, List.of("a2a:read"), later)));
        assertEquals(200, noScope.statusCode(), "JSON-RPC carries a permission error in the body");
        assertTrue(noScope.body().contains("PERMISSION_DENIED") && noScope.body().contains(SecuredAgents.SEND_SCOPE),
                noScope.body());
        HttpResponse<String> restNoScope = postTo(A2aServer.REST_PATH + "/message:send",
                "{\"message\":{\"messageId\":\"r2\",\"role\":\"ROLE_USER\",\"parts\":[{\"text\":\"hi\"}]}}",
                Map.of("Authorization", bearer("bob", SecuredAgents.ISSUER, List.of("a2a:read"), later)));
        assertEquals(403, restNoScope.statusCode(), restNoScope.body());

        authServer.verify(1, getRequestedFor(urlEqualTo("/jwks.json")));
    }

    @Test
    void theClientObtainsATokenWithClientCredentialsFromTheCardsTokenEndpointAndReusesIt() throws Exception {
        start();
        authServer.stubFor(post(urlEqualTo("/token"))
                .withHeader("Authorization", equalTo("Basic Y2xpZW50LTE6czNjcmV0")) // client-1:s3cret
                .withRequestBody(equalTo("grant_type=client_credentials&scope=a2a%3Asend"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"access_token\":\""
                        + SecuredAgents.token(issuerKey, "client-1", SecuredAgents.ISSUER,
                                List.of(SecuredAgents.SEND_SCOPE), Instant.now().plusSeconds(600))
                        + "\",\"token_type\":\"Bearer\",\"expires_in\":600}")));
        TokenProvider tokens = ClientCredentialsTokenProvider.fromCard(server.card(), "oauth", "client-1", "s3cret",
                List.of(SecuredAgents.SEND_SCOPE));
        for (String binding : List.of("JSONRPC", "HTTP+JSON", "GRPC")) {
            try (A2aClient client = A2aClient.builder().agentUrl(server.baseUrl()).bindings(List.of(binding))
                    .tokens(tokens).build()) {
                SendMessageResponse response = client.sendMessage(send("c-" + binding));
                Message reply = response.hasMessage() ? response.getMessage() : response.getTask().getStatus().getMessage();
                assertEquals("hello client-1", reply.getParts(0).getText(), binding);
            }
        }
        authServer.verify(1, postRequestedFor(urlEqualTo("/token")));
    }

    @Test
    void aRefusedClientGetsTheTokenEndpointsError() throws Exception {
        start();
        authServer.stubFor(post(urlEqualTo("/token")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_client\",\"error_description\":\"unknown client\"}")));
        TokenProvider tokens = ClientCredentialsTokenProvider.fromCard(server.card(), "oauth", "nobody", "x", List.of());
        A2aException e = assertThrows(A2aException.class, tokens::accessToken);
        assertEquals(A2aError.UNAUTHENTICATED, e.error());
        assertTrue(e.getMessage().contains("invalid_client"), e.getMessage());
    }

    @Test
    void anOpenIdConnectSchemeFindsItsIssuerAndKeysThroughDiscovery() throws Exception {
        authServer.stubFor(get(urlEqualTo("/.well-known/openid-configuration")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"issuer\":\"" + SecuredAgents.ISSUER
                        + "\",\"jwks_uri\":\"" + authServer.baseUrl() + "/jwks.json\"}")));
        JwtBearerVerifier verifier = JwtBearerVerifier.discover(
                new URL(authServer.baseUrl() + "/.well-known/openid-configuration"), SecuredAgents.AUDIENCE);
        RequestCredentials credentials = new RequestCredentials() {
            @Override
            public String header(String name) {
                return name.equals("Authorization") ? bearer("carol", SecuredAgents.ISSUER, List.of(),
                        Instant.now().plusSeconds(60)) : null;
            }

            @Override
            public String queryParameter(String name) {
                return null;
            }

            @Override
            public List<java.security.cert.X509Certificate> clientCertificates() {
                return List.of();
            }
        };
        assertEquals("carol", verifier.verify(credentials).name());
        authServer.stubFor(get(urlEqualTo("/broken-metadata")).willReturn(aResponse().withBody("{\"issuer\":\"x\"}")));
        assertThrows(IllegalStateException.class, () -> JwtBearerVerifier.discover(
                new URL(authServer.baseUrl() + "/broken-metadata"), SecuredAgents.AUDIENCE));
    }

    @Test
    void aRequirementWithoutAVerifierIsRefusedAtBuildTime() {
        AgentCard card = SecuredAgents.apiKeyOrOAuthCard("https://issuer.test/token");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CardSecurity.forCard(card)
                .verifier("apiKey", credentials -> null).build());
        assertTrue(e.getMessage().contains("oauth"), e.getMessage());
    }

    private static SendMessageRequest send(String messageId) {
        return SendMessageRequest.newBuilder().setMessage(Message.newBuilder().setMessageId(messageId)
                .setRole(Role.ROLE_USER).addParts(Part.newBuilder().setText("hi"))).build();
    }
}
