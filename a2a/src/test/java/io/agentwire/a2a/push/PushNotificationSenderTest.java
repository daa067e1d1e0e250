package io.agentwire.a2a.push;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.agentwire.a2a.json.ProtoJson;
import io.agentwire.a2a.model.AuthenticationInfo;
import io.agentwire.a2a.model.StreamResponse;
import io.agentwire.a2a.model.TaskPushNotificationConfig;
import io.agentwire.a2a.model.TaskState;
import io.agentwire.a2a.model.TaskStatus;
import io.agentwire.a2a.model.TaskStatusUpdateEvent;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deliveries to a WireMock webhook on 127.0.0.1: shape, headers, retries, timeouts, order, bounded queues. */
class PushNotificationSenderTest {
    private WireMockServer webhook;

    @BeforeEach
    void start() {
        webhook = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        webhook.start();
    }

    @AfterEach
    void stop() {
        webhook.stop();
    }

    private TaskPushNotificationConfig config(String path) {
        return TaskPushNotificationConfig.newBuilder().setId("c1").setTaskId("t1").setUrl(webhook.baseUrl() + path)
                .setToken("tok-1").setAuthentication(AuthenticationInfo.newBuilder().setScheme("Bearer").setCredentials("secret"))
                .build();
    }

    private static StreamResponse event(int n) {
        return StreamResponse.newBuilder().setStatusUpdate(TaskStatusUpdateEvent.newBuilder().setTaskId("t1").setContextId("c")
                .setStatus(TaskStatus.newBuilder().setState(TaskState.TASK_STATE_WORKING))
                .setMetadata(com.google.protobuf.Struct.newBuilder().putFields("n",
                        com.google.protobuf.Value.newBuilder().setNumberValue(n).build()))).build();
    }

    private PushNotificationSender sender(Duration timeout) {
        return PushNotificationSender.builder(WebhookUrlPolicy.allowingLoopback()).attemptTimeout(timeout)
                .initialBackoff(Duration.ofMillis(20)).maxAttempts(3).build();
    }

    @Test
    void postsTheEventWithAuthenticationAndToken() throws Exception {
        webhook.stubFor(post("/hook").willReturn(aResponse().withStatus(200)));
        DeliveryResult result = sender(Duration.ofSeconds(5)).deliver(config("/hook"), event(1)).get(10, TimeUnit.SECONDS);
        assertTrue(result.delivered(), result.toString());
        webhook.verify(postRequestedFor(urlEqualTo("/hook"))
                .withHeader("Content-Type", equalTo("application/a2a+json"))
                .withHeader("Authorization", equalTo("Bearer secret"))
                .withHeader("X-A2A-Notification-Token", equalTo("tok-1")));
        LoggedRequest request = webhook.findAll(postRequestedFor(urlEqualTo("/hook"))).get(0);
        assertEquals(event(1), ProtoJson.parse(request.getBodyAsString(), StreamResponse.newBuilder()).build());
    }

    @Test
    void retriesServerErrorsThenSucceeds() throws Exception {
        webhook.stubFor(post("/flaky").inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("second"));
        webhook.stubFor(post("/flaky").inScenario("s").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")).willSetStateTo("third"));
        webhook.stubFor(post("/flaky").inScenario("s").whenScenarioStateIs("third").willReturn(aResponse().withStatus(204)));
        DeliveryResult result = sender(Duration.ofSeconds(5)).deliver(config("/flaky"), event(1)).get(10, TimeUnit.SECONDS);
        assertTrue(result.delivered(), result.toString());
        assertEquals(3, result.attempts());
    }

    @Test
    void clientErrorsAreFinalAndRedirectsAreNotFollowed() throws Exception {
        webhook.stubFor(post("/gone").willReturn(aResponse().withStatus(400)));
        webhook.stubFor(post("/moved").willReturn(aResponse().withStatus(302).withHeader("Location", "http://169.254.169.254/")));
        DeliveryResult gone = sender(Duration.ofSeconds(5)).deliver(config("/gone"), event(1)).get(10, TimeUnit.SECONDS);
        assertFalse(gone.delivered());
        assertEquals(1, gone.attempts());
        DeliveryResult moved = sender(Duration.ofSeconds(5)).deliver(config("/moved"), event(1)).get(10, TimeUnit.SECONDS);
        assertFalse(moved.delivered());
        assertEquals(302, moved.lastStatus());
    }

    @Test
    void aHangingWebhookTimesOutWithinBounds() throws Exception {
        webhook.stubFor(post("/slow").willReturn(aResponse().withStatus(200).withFixedDelay(3_000)));
        long start = System.nanoTime();
        DeliveryResult result = sender(Duration.ofMillis(300)).deliver(config("/slow"), event(1)).get(20, TimeUnit.SECONDS);
        assertFalse(result.delivered());
        assertEquals(3, result.attempts());
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(8), "three short attempts, not three long waits");
    }

    @Test
    void refusedUrlsAreNeverCalled() throws Exception {
        PushNotificationSender strict = PushNotificationSender.builder(WebhookUrlPolicy.strict()).build();
        DeliveryResult result = strict.deliver(config("/hook"), event(1)).get(10, TimeUnit.SECONDS);
        assertFalse(result.delivered());
        assertTrue(result.lastError().startsWith("refused"), result.lastError());
        assertEquals(0, webhook.getAllServeEvents().size());
    }

    @Test
    void eventsForOneWebhookArriveInOrder() throws Exception {
        webhook.stubFor(post("/ordered").willReturn(aResponse().withStatus(200)));
        PushNotificationSender sender = sender(Duration.ofSeconds(5));
        for (int i = 0; i < 20; i++) {
            sender.dispatch(List.of(config("/ordered")), event(i));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (webhook.findAll(postRequestedFor(urlEqualTo("/ordered"))).size() < 20 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        List<LoggedRequest> requests = webhook.findAll(postRequestedFor(urlEqualTo("/ordered")));
        assertEquals(20, requests.size());
        for (int i = 0; i < 20; i++) {
            assertEquals(event(i), ProtoJson.parse(requests.get(i).getBodyAsString(), StreamResponse.newBuilder()).build());
        }
    }

    @Test
    void aStuckWebhookHoldsABoundedQueue() throws Exception {
        webhook.stubFor(post("/stuck").willReturn(aResponse().withStatus(200).withFixedDelay(1_000)));
        PushNotificationSender sender = PushNotificationSender.builder(WebhookUrlPolicy.allowingLoopback())
                .attemptTimeout(Duration.ofSeconds(5)).maxQueued(4).build();
        for (int i = 0; i < 50; i++) {
            sender.dispatch(List.of(config("/stuck")), event(i));
        }
        assertTrue(sender.droppedEvents() >= 45, "dropped " + sender.droppedEvents());
    }
}
