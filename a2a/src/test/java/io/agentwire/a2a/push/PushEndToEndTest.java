package io.agentwire.a2a.push;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.agentwire.a2a.A2aServer;
import io.agentwire.a2a.json.ProtoJson;
import io.agentwire.a2a.model.StreamResponse;
import io.agentwire.a2a.reference.ReferenceCard;
import io.agentwire.a2a.reference.TckAgent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A message that registers a webhook: the agent posts the task and each change to it, in order. */
class PushEndToEndTest {

    @Test
    void webhookReceivesEveryEventOfTheTask() throws Exception {
        WireMockServer webhook = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        webhook.start();
        try (A2aServer server = A2aServer.builder().card(ReferenceCard.template()).executor(new TckAgent(Duration.ofMillis(100)))
                .push(PushNotificationSender.builder().urlPolicy(WebhookUrlPolicy.builder().allowHttp(true).allowLoopback(true).build()).build()).port(0).start()) {
            webhook.stubFor(post("/events").willReturn(aResponse().withStatus(200)));
            String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"SendMessage\",\"params\":{\"message\":{\"messageId\":"
                    + "\"tck-stream-001-push\",\"role\":\"ROLE_USER\",\"parts\":[{\"text\":\"x\"}]},\"configuration\":"
                    + "{\"taskPushNotificationConfig\":{\"url\":\"" + webhook.baseUrl() + "/events\",\"token\":\"t\","
                    + "\"authentication\":{\"scheme\":\"Bearer\",\"credentials\":\"hook-secret\"}}}}}";
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.jsonRpcUrl()))
                    .header("A2A-Version", "1.0").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(response.body().contains("TASK_STATE_COMPLETED"), response.body());

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (webhook.findAll(postRequestedFor(urlEqualTo("/events"))).size() < 4 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            List<LoggedRequest> posts = webhook.findAll(postRequestedFor(urlEqualTo("/events")));
            assertEquals(4, posts.size());
            List<StreamResponse.PayloadCase> kinds = posts.stream()
                    .map(p -> ProtoJson.parse(p.getBodyAsString(), StreamResponse.newBuilder()).build().getPayloadCase()).toList();
            assertEquals(List.of(StreamResponse.PayloadCase.TASK, StreamResponse.PayloadCase.STATUS_UPDATE,
                    StreamResponse.PayloadCase.ARTIFACT_UPDATE, StreamResponse.PayloadCase.STATUS_UPDATE), kinds);
            posts.forEach(p -> assertEquals("Bearer hook-secret", p.getHeader("Authorization")));
        } finally {
            webhook.stop();
        }
    }

    @Test
    void signedDeliveriesVerifyAgainstTheServedJwks() throws Exception {
        WireMockServer webhook = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        webhook.start();
        PushJwtSigner signer = PushJwtSigner.generate("urn:agentwire:test-agent");
        PushNotificationSender sender = PushNotificationSender.builder().signer(signer)
                .urlPolicy(WebhookUrlPolicy.builder().allowHttp(true).allowLoopback(true).build()).build();
        try (A2aServer server = A2aServer.builder().card(ReferenceCard.template()).executor(new TckAgent(Duration.ofMillis(100)))
                .push(sender).pushJwks(PushJwks.of(signer)).port(0).start()) {
            webhook.stubFor(post("/signed").willReturn(aResponse().withStatus(200)));
            String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"SendMessage\",\"params\":{\"message\":{\"messageId\":"
                    + "\"tck-complete-task-signed\",\"role\":\"ROLE_USER\",\"parts\":[{\"text\":\"x\"}]},\"configuration\":"
                    + "{\"taskPushNotificationConfig\":{\"url\":\"" + webhook.baseUrl() + "/signed\"}}}}";
            HttpClient http = HttpClient.newHttpClient();
            http.send(HttpRequest.newBuilder(URI.create(server.jsonRpcUrl())).header("A2A-Version", "1.0")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (webhook.findAll(postRequestedFor(urlEqualTo("/signed"))).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            LoggedRequest delivery = webhook.findAll(postRequestedFor(urlEqualTo("/signed"))).get(0);
            String jwt = delivery.getHeader("Authorization").substring("Bearer ".length());
            String jwks = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + A2aServer.PUSH_JWKS_PATH)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            com.nimbusds.jwt.SignedJWT signed = com.nimbusds.jwt.SignedJWT.parse(jwt);
            com.nimbusds.jose.jwk.ECKey key = (com.nimbusds.jose.jwk.ECKey) com.nimbusds.jose.jwk.JWKSet.parse(jwks)
                    .getKeyByKeyId(signed.getHeader().getKeyID());
            assertTrue(signed.verify(new com.nimbusds.jose.crypto.ECDSAVerifier(key)), "the served JWKS verifies the delivery");
        } finally {
            webhook.stop();
            sender.close();
        }
    }

    @Test
    void theDefaultPolicyRefusesLoopbackWebhooksAtRegistration() throws Exception {
        try (A2aServer server = A2aServer.builder().card(ReferenceCard.template()).executor(new TckAgent(Duration.ofMillis(100)))
                .port(0).start()) {
            String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"SendMessage\",\"params\":{\"message\":{\"messageId\":"
                    + "\"tck-complete-task-x\",\"role\":\"ROLE_USER\",\"parts\":[{\"text\":\"x\"}]},\"configuration\":"
                    + "{\"taskPushNotificationConfig\":{\"url\":\"http://127.0.0.1:9/events\"}}}}";
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.jsonRpcUrl()))
                    .header("A2A-Version", "1.0").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(response.body().contains("-32602") && response.body().contains("Webhook URL refused"), response.body());
        }
    }
}
