package io.agentwire.a2a.push;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.agentwire.a2a.push.PushFixtures.config;
import static io.agentwire.a2a.push.PushFixtures.sender;
import static io.agentwire.a2a.push.PushFixtures.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/** Which failures are retried, how long the sender waits, and that every delivery ends in bounded time. */
class PushRetryTest {
    private WebhookReceiver webhook;
    private PushNotificationSender sender;

    @BeforeEach
    void start() {
        webhook = new WebhookReceiver();
    }

    @AfterEach
    void stop() {
        if (sender != null) {
            sender.close();
        }
        webhook.close();
    }

    /** Stubs /hook to answer {@code first} once, {@code second} once, then 200. */
    private void answers(ResponseDefinitionBuilder first, ResponseDefinitionBuilder second) {
        webhook.server.stubFor(post(urlEqualTo("/hook")).inScenario("retry").whenScenarioStateIs(STARTED)
                .willReturn(first).willSetStateTo("second"));
        webhook.server.stubFor(post(urlEqualTo("/hook")).inScenario("retry").whenScenarioStateIs("second")
                .willReturn(second).willSetStateTo("ok"));
        webhook.server.stubFor(post(urlEqualTo("/hook")).inScenario("retry").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(200)));
    }

    @Test
    void serviceUnavailableTwiceThenOkIsDeliveredOnTheThirdAttempt() throws Exception {
        answers(aResponse().withStatus(503), aResponse().withStatus(503));
        sender = sender().build();

        DeliveryResult result = sender.deliver(config(webhook.url("/hook")), status(1)).get(10, TimeUnit.SECONDS);

        assertEquals(new DeliveryResult(true, 3, 200, null), result);
        assertEquals(3, webhook.arrivals("/hook").size());
        // Every attempt carries the same body.
        webhook.arrivals("/hook").forEach(r -> assertEquals(1, PushFixtures.seqOf(r.getBody())));
    }

    @Test
    void tooManyRequestsWaitsTheRetryAfterSeconds() throws Exception {
        answers(aResponse().withStatus(429).withHeader("Retry-After", "1"), aResponse().withStatus(200));
        sender = sender().build(); // backoff alone would wait 10-40 ms

        long started = System.nanoTime();
        DeliveryResult result = sender.deliver(config(webhook.url("/hook")), status(1)).get(10, TimeUnit.SECONDS);
        long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertEquals(new DeliveryResult(true, 2, 200, null), result);
        assertTrue(elapsedMs >= 1000, "waited only " + elapsedMs + " ms");
        long gap = webhook.arrivals("/hook").get(1).getLoggedDate().getTime()
                - webhook.arrivals("/hook").get(0).getLoggedDate().getTime();
        assertTrue(gap >= 950, "attempts " + gap + " ms apart");
    }

    @Test
    void aLongRetryAfterIsCapped() throws Exception {
        answers(aResponse().withStatus(503).withHeader("Retry-After", "3600"), aResponse().withStatus(200));
        sender = sender().maxRetryAfter(Duration.ofMillis(100)).build();

        long started = System.nanoTime();
        DeliveryResult result = sender.deliver(config(webhook.url("/hook")), status(1)).get(10, TimeUnit.SECONDS);

        assertEquals(new DeliveryResult(true, 2, 200, null), result);
        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(5));
    }

    @Test
    void aClientErrorIsNotRetried() throws Exception {
        webhook.server.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(400)));
        sender = sender().build();

        DeliveryResult result = sender.deliver(config(webhook.url("/hook")), status(1)).get(10, TimeUnit.SECONDS);

        assertEquals(new DeliveryResult(false, 1, 400, "HTTP 400"), result);
        assertEquals(1, webhook.arrivals("/hook").size());
    }

    @Test
    void persistentServerErrorsStopAtMaxAttempts() throws Exception {
        webhook.server.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(500)));
        sender = sender().maxAttempts(4).build();

        DeliveryResult result = sender.deliver(config(webhook.url("/hook")), status(1)).get(10, TimeUnit.SECONDS);

        assertEquals(new DeliveryResult(false, 4, 500, "HTTP 500"), result);
        assertEquals(4, webhook.arrivals("/hook").size());
    }

    @Test
    void aHangingWebhookTimesOutIsRetriedAndFailsInBoundedTime() throws Exception {
        webhook.server.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(200).withFixedDelay(3000)));
        sender = sender().attemptTimeout(Duration.ofMillis(250)).maxAttempts(3).build();

        long started = System.nanoTime();
        DeliveryResult result = sender.deliver(config(webhook.url("/hook")), status(1)).get(10, TimeUnit.SECONDS);
        long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertFalse(result.delivered());
        assertEquals(3, result.attempts());
        assertEquals(0, result.lastStatus());
        assertEquals("timed out after 250 ms", result.lastError());
        assertTrue(elapsedMs >= 3 * 250, "finished after " + elapsedMs + " ms");
        assertTrue(elapsedMs < 2500, "took " + elapsedMs + " ms, longer than the webhook's own delay allows");
        assertEquals(3, webhook.arrivals("/hook").size());
    }

    @Test
    void refusedConnectionsAreRetriedThenReported() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        sender = sender().maxAttempts(3).build();

        DeliveryResult result = sender.deliver(config("http://127.0.0.1:" + closedPort + "/hook"), status(1))
                .get(10, TimeUnit.SECONDS);

        assertFalse(result.delivered());
        assertEquals(3, result.attempts());
        assertEquals(0, result.lastStatus());
        assertTrue(result.lastError().startsWith("ConnectException"), result.lastError());
    }

    @Test
    void aFailedLookupIsRetriedLikeAConnectionError() throws Exception {
        webhook.server.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(200)));
        AtomicInteger lookups = new AtomicInteger();
        WebhookUrlPolicy flakyDns = WebhookUrlPolicy.builder().allowHttp(true).allowLoopback(true).resolver(host -> {
            if (lookups.getAndIncrement() == 0) {
                throw new UnknownHostException("temporary failure");
            }
            return InetAddress.getAllByName(host); // an IP literal: no lookup leaves the machine
        }).build();
        sender = sender().urlPolicy(flakyDns).build();

        DeliveryResult result = sender.deliver(config(webhook.url("/hook")), status(1)).get(10, TimeUnit.SECONDS);

        assertEquals(new DeliveryResult(true, 1, 200, null), result, "one request sent, after one failed lookup");
        assertEquals(2, lookups.get());
    }

    @Test
    void aRedirectIsNotFollowed() throws Exception {
        webhook.server.stubFor(post(urlEqualTo("/hook"))
                .willReturn(aResponse().withStatus(302).withHeader("Location", webhook.url("/elsewhere"))));
        webhook.server.stubFor(post(urlEqualTo("/elsewhere")).willReturn(aResponse().withStatus(200)));
        sender = sender().build();

        DeliveryResult result = sender.deliver(config(webhook.url("/hook")), status(1)).get(10, TimeUnit.SECONDS);

        assertEquals(new DeliveryResult(false, 1, 302, "HTTP 302 (redirects are not followed)"), result);
        assertTrue(webhook.arrivals("/elsewhere").isEmpty());
    }

    @Test
    void closingAbandonsADeliveryWaitingToRetry() throws Exception {
        webhook.server.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(503)));
        sender = sender().backoff(Duration.ofSeconds(30), Duration.ofSeconds(30)).build();

        var pending = sender.deliver(config(webhook.url("/hook")), status(1));
        awaitArrivals(1);
        Thread.sleep(100); // let the 503 be classified and the retry scheduled
        sender.close();

        DeliveryResult result = pending.get(5, TimeUnit.SECONDS);
        assertFalse(result.delivered());
        assertEquals(1, result.attempts());
        assertTrue(result.lastError().startsWith("abandoned"), result.lastError());
    }

    private void awaitArrivals(int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (webhook.arrivals("/hook").size() < n) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("webhook got " + webhook.arrivals("/hook").size() + " requests, not " + n);
            }
            Thread.sleep(10);
        }
    }
}
