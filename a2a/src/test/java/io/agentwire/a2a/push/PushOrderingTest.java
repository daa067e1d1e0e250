package io.agentwire.a2a.push;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.agentwire.a2a.push.PushFixtures.config;
import static io.agentwire.a2a.push.PushFixtures.sender;
import static io.agentwire.a2a.push.PushFixtures.seqOf;
import static io.agentwire.a2a.push.PushFixtures.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agentwire.a2a.model.TaskPushNotificationConfig;

/** Per-config order, the bound on what waits, and independence between configs. */
class PushOrderingTest {
    private WebhookReceiver webhook;
    private PushNotificationSender sender;

    @BeforeEach
    void start() {
        webhook = new WebhookReceiver();
        webhook.server.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(200)));
        webhook.server.stubFor(post(urlEqualTo("/slow")).willReturn(aResponse().withStatus(200).withFixedDelay(300)));
        webhook.server.stubFor(post(urlEqualTo("/stuck")).willReturn(aResponse().withStatus(200).withFixedDelay(5000)));
    }

    @AfterEach
    void stop() {
        sender.close();
        webhook.close();
    }

    @Test
    void twentyEventsToOneConfigArriveInOrder() throws Exception {
        sender = sender().build();
        TaskPushNotificationConfig config = config(webhook.url("/hook"));

        List<CompletableFuture<DeliveryResult>> results = new ArrayList<>();
        for (int seq = 0; seq < 20; seq++) {
            results.add(sender.deliver(config, status(seq)));
        }
        CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);

        results.forEach(r -> assertTrue(r.join().delivered()));
        assertEquals(IntStream.range(0, 20).boxed().toList(), seqs("/hook"));
    }

    @Test
    void retriesDoNotLetLaterEventsOvertake() throws Exception {
        webhook.server.stubFor(post(urlEqualTo("/flaky")).inScenario("flaky")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        webhook.server.stubFor(post(urlEqualTo("/flaky")).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200)));
        sender = sender().build();
        TaskPushNotificationConfig config = config(webhook.url("/flaky"));

        CompletableFuture<DeliveryResult> first = sender.deliver(config, status(0));
        CompletableFuture<DeliveryResult> second = sender.deliver(config, status(1));
        second.get(10, TimeUnit.SECONDS);

        assertEquals(2, first.join().attempts());
        assertEquals(List.of(0, 0, 1), seqs("/flaky"));
    }

    @Test
    void aFullQueueDropsTheOldestWaitingDelivery() throws Exception {
        int capacity = 5;
        sender = sender().queueCapacity(capacity).attemptTimeout(Duration.ofSeconds(5)).maxAttempts(1).build();
        TaskPushNotificationConfig config = config(webhook.url("/slow"));

        // Event 0 goes in flight at once; 1..20 wait behind it in a queue of 5.
        List<CompletableFuture<DeliveryResult>> results = new ArrayList<>();
        for (int seq = 0; seq <= 20; seq++) {
            results.add(sender.deliver(config, status(seq)));
        }

        // The 15 oldest waiting ones are dropped immediately, without an attempt.
        for (int seq = 1; seq <= 15; seq++) {
            DeliveryResult dropped = results.get(seq).getNow(null);
            assertEquals(DeliveryResult.notAttempted(
                    "dropped: the delivery queue for this push config was full (capacity 5)"), dropped, "event " + seq);
        }
        CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
        assertTrue(results.get(0).join().delivered(), "the delivery in flight is never dropped");
        for (int seq = 16; seq <= 20; seq++) {
            assertTrue(results.get(seq).join().delivered(), "event " + seq);
        }
        assertEquals(List.of(0, 16, 17, 18, 19, 20), seqs("/slow"), "the newest events survive, in order");
    }

    @Test
    void aHangingWebhookHoldsAtMostCapacityPlusOneDeliveries() throws Exception {
        sender = sender().queueCapacity(3).attemptTimeout(Duration.ofSeconds(10)).build();
        TaskPushNotificationConfig config = config(webhook.url("/stuck"));

        List<CompletableFuture<DeliveryResult>> results = new ArrayList<>();
        for (int seq = 0; seq < 1000; seq++) {
            results.add(sender.deliver(config, status(seq)));
        }

        long outstanding = results.stream().filter(r -> !r.isDone()).count();
        assertEquals(4, outstanding, "one in flight plus a full queue of 3; everything else was dropped");
    }

    @Test
    void aStuckWebhookDoesNotDelayOtherConfigs() throws Exception {
        sender = sender().attemptTimeout(Duration.ofSeconds(10)).build();
        TaskPushNotificationConfig stuck = config(webhook.url("/stuck")).toBuilder().setId("cfg-stuck").build();
        TaskPushNotificationConfig healthy = config(webhook.url("/hook")).toBuilder().setId("cfg-ok").build();

        CompletableFuture<DeliveryResult> blocked = sender.deliver(stuck, status(0));
        DeliveryResult other = sender.deliver(healthy, status(1)).get(10, TimeUnit.SECONDS);

        assertTrue(other.delivered());
        assertFalse(blocked.isDone(), "the other config's delivery did not wait for the stuck one (5 s)");
    }

    @Test
    void closingCompletesEverythingStillQueuedOrInFlight() throws Exception {
        sender = sender().attemptTimeout(Duration.ofSeconds(10)).build();
        TaskPushNotificationConfig config = config(webhook.url("/stuck"));
        List<CompletableFuture<DeliveryResult>> results = new ArrayList<>();
        for (int seq = 0; seq < 5; seq++) {
            results.add(sender.deliver(config, status(seq)));
        }

        sender.close();

        CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).get(2, TimeUnit.SECONDS);
        results.forEach(r -> assertFalse(r.join().delivered()));
    }

    private List<Integer> seqs(String path) {
        return webhook.arrivals(path).stream().map(r -> seqOf(r.getBody())).toList();
    }
}
