package io.agentwire.aonp.smip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.agentwire.aonp.smip.session.SessionState;

/** Connection loss in the middle of many invocations: each runs once and completes once. */
class SmipResumeTest {
    private static final int INVOCATIONS = 1_000;

    private static void cutAndAwaitResume(SmipFixture fixture, SmipClient client) throws InterruptedException {
        int before = fixture.proxy.connections();
        Thread.sleep(20);
        fixture.proxy.cutAll();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while ((fixture.proxy.connections() == before || client.state() != SessionState.OPEN)
                && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(SessionState.OPEN, client.state(), "resumed after the cut");
    }

    @Test
    @Timeout(120)
    void cutsTheConnectionFourTimesDuring1000ConcurrentInvocations() throws Exception {
        ScheduledExecutorService work = Executors.newScheduledThreadPool(2);
        Map<String, AtomicInteger> executions = new ConcurrentHashMap<>();
        SmipService service = invocation -> {
            String key = invocation.request().bodyText();
            executions.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            // finish later so that cuts land while invocations are running, and results wait for a resume
            work.schedule(() -> {
                invocation.progress(ProgressUpdate.of("half way"));
                invocation.complete(Payload.text("done " + key));
            }, ThreadLocalRandom.current().nextInt(1, 400), TimeUnit.MILLISECONDS);
        };
        SmipOptions options = SmipOptions.DEFAULTS.withMaxInvocations(2 * INVOCATIONS)
                .withHeartbeat(Duration.ofSeconds(2)).withLifetime(Duration.ofSeconds(60));
        try (SmipFixture fixture = new SmipFixture(service, options, Runnable::run, true)) {
            try (SmipClient client = fixture.open("alice", options)) {
                Map<Long, AtomicInteger> completions = new ConcurrentHashMap<>();
                List<CompletableFuture<Payload>> results = new ArrayList<>();
                for (int i = 0; i < INVOCATIONS; i++) {
                    Invocation invocation = client.invoke(Payload.text("call-" + i));
                    invocation.result().whenComplete((r, e) ->
                            completions.computeIfAbsent(invocation.id(), k -> new AtomicInteger()).incrementAndGet());
                    results.add(invocation.result());
                    if (i % 250 == 249) {
                        // cut while invocations are queued, in flight, running and answered but unacknowledged
                        cutAndAwaitResume(fixture, client);
                    }
                }
                for (int i = 0; i < INVOCATIONS; i++) {
                    assertEquals("done call-" + i, results.get(i).get(60, TimeUnit.SECONDS).bodyText());
                }
                assertEquals(5, fixture.proxy.connections(), "one connection, then one per cut");
                assertEquals(INVOCATIONS, executions.size());
                executions.forEach((key, count) -> assertEquals(1, count.get(), key + " ran " + count + " times"));
                assertEquals(INVOCATIONS, completions.size());
                completions.forEach((id, count) -> assertEquals(1, count.get(), id + " completed " + count + " times"));
                assertEquals(SessionState.OPEN, client.state());
            }
        } finally {
            work.shutdownNow();
        }
    }
}
