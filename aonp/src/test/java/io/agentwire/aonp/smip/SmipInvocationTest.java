package io.agentwire.aonp.smip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.agentwire.aonp.smip.wire.SmipErrorCodes;

/** Invocations end to end over TCP: result, progress, input-required, cancel, failure, limits, close. */
@Timeout(60)
class SmipInvocationTest {
    private SmipFixture fixture;

    @AfterEach
    void stop() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    private SmipClient start(SmipService service, SmipOptions options) throws Exception {
        fixture = new SmipFixture(service, options, Runnable::run, false);
        return fixture.open("bob", options);
    }

    @Test
    void resultAndProgressReachTheClient() throws Exception {
        SmipClient client = start(invocation -> {
            invocation.progress(new ProgressUpdate("step", 1L, 2L, Payload.text("partial")));
            invocation.complete(Payload.json("{\"echo\":" + invocation.request().bodyText() + "}"));
        }, SmipOptions.DEFAULTS);
        List<ProgressUpdate> updates = new CopyOnWriteArrayList<>();
        Invocation invocation = client.invoke(Payload.json("42"), "mcp/tools/call", new InvocationListener() {
            @Override
            public void onProgress(Invocation inv, ProgressUpdate update) {
                updates.add(update);
            }
        });
        Payload result = invocation.result().get(20, TimeUnit.SECONDS);
        assertEquals("{\"echo\":42}", result.bodyText());
        assertEquals(Payload.JSON, result.contentType());
        assertEquals(InvocationState.COMPLETED, invocation.state());
        assertEquals(1, updates.size());
        assertEquals("partial", updates.get(0).partial().bodyText());
        assertEquals(2L, updates.get(0).total());
        client.close();
    }

    @Test
    void theSessionTargetAndGrantsReachTheService() throws Exception {
        byte[] sessionGrant = HexFormat.of().parseHex("0f1e2d3c4b5a69788796a5b4c3d2e1f0");
        byte[] ownGrant = HexFormat.of().parseHex("112233445566778899aabbccddeeff00");
        fixture = new SmipFixture(invocation -> invocation.complete(Payload.text(invocation.sessionTarget() + " "
                + HexFormat.of().formatHex(invocation.grant()))), SmipOptions.DEFAULTS, Runnable::run, false);
        SmipClient client = SmipClient.open(fixture.connector("bob"), SmipOptions.DEFAULTS,
                new SessionTarget("example.com/travel/booking", sessionGrant)).get(20, TimeUnit.SECONDS);
        assertEquals("example.com/travel/booking 0f1e2d3c4b5a69788796a5b4c3d2e1f0",
                client.invoke(Payload.text("a")).result().get(20, TimeUnit.SECONDS).bodyText());
        assertEquals("example.com/travel/booking 112233445566778899aabbccddeeff00",
                client.invoke(Payload.text("b"), null, ownGrant, InvocationListener.NONE).result()
                        .get(20, TimeUnit.SECONDS).bodyText());
        client.close();
    }

    @Test
    void inputRequiredRoundTrip() throws Exception {
        SmipClient client = start(invocation -> invocation
                .requestInput(InvocationState.INPUT_REQUIRED, Payload.text("Which city?"))
                .thenAccept(answer -> invocation.complete(Payload.text("weather in " + answer.bodyText()))),
                SmipOptions.DEFAULTS);
        List<InputRequest> asked = new CopyOnWriteArrayList<>();
        Invocation invocation = client.invoke(Payload.text("weather"), null, new InvocationListener() {
            @Override
            public void onInputRequired(Invocation inv, InputRequest request) {
                asked.add(request);
                inv.sendInput(Payload.text("Paris"));
            }
        });
        assertEquals("weather in Paris", invocation.result().get(20, TimeUnit.SECONDS).bodyText());
        assertEquals(1, asked.size());
        assertEquals(InvocationState.INPUT_REQUIRED, asked.get(0).state());
        assertEquals("Which city?", asked.get(0).prompt().bodyText());
        assertThrows(IllegalStateException.class, () -> invocation.sendInput(Payload.text("late")));
        client.close();
    }

    @Test
    void cancelStopsTheServiceAndFailsTheResultAsCanceled() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CompletableFuture<Boolean> serviceSawCancel = new CompletableFuture<>();
        CompletableFuture<Boolean> lateComplete = new CompletableFuture<>();
        SmipClient client = start(invocation -> {
            invocation.onCancel(() -> {
                serviceSawCancel.complete(invocation.isCanceled());
                lateComplete.complete(invocation.complete(Payload.text("too late")));
            });
            invocation.progress(ProgressUpdate.of("working"));
            running.countDown();
        }, SmipOptions.DEFAULTS);
        Invocation invocation = client.invoke(Payload.text("long job"));
        assertTrue(running.await(20, TimeUnit.SECONDS));
        invocation.cancel("user gave up");
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> invocation.result().get(20, TimeUnit.SECONDS));
        SmipException failure = assertInstanceOf(SmipException.class, e.getCause());
        assertEquals(InvocationState.CANCELED, failure.state());
        assertEquals(SmipErrorCodes.CANCELED, failure.code());
        assertTrue(serviceSawCancel.get(20, TimeUnit.SECONDS));
        assertFalse(lateComplete.get(20, TimeUnit.SECONDS), "a result after cancel is dropped");
        client.close();
    }

    @Test
    void serviceFailuresAndRejectionsReachTheClient() throws Exception {
        SmipClient client = start(invocation -> {
            String what = invocation.request().bodyText();
            if (what.equals("throw")) {
                throw new IllegalArgumentException("bad input");
            }
            invocation.reject(0x20E, "no such content");
        }, SmipOptions.DEFAULTS);
        SmipException thrown = failure(client.invoke(Payload.text("throw")));
        assertEquals(InvocationState.FAILED, thrown.state());
        assertEquals(SmipErrorCodes.INVOCATION_FAILED, thrown.code());
        SmipException rejected = failure(client.invoke(Payload.text("reject")));
        assertEquals(InvocationState.REJECTED, rejected.state());
        assertEquals(SmipErrorCodes.UNSUPPORTED_PAYLOAD, rejected.code());
        client.close();
    }

    @Test
    void invocationsBeyondTheLimitAreRejected() throws Exception {
        SmipClient client = start(invocation -> { }, SmipOptions.DEFAULTS.withMaxInvocations(2));
        client.invoke(Payload.text("1"));
        client.invoke(Payload.text("2"));
        SmipException third = failure(client.invoke(Payload.text("3")));
        assertEquals(InvocationState.REJECTED, third.state());
        assertEquals(SmipErrorCodes.TOO_MANY_INVOCATIONS, third.code());
        client.close();
    }

    @Test
    void closingTheSessionFailsPendingCallsAndCancelsTheirService() throws Exception {
        CompletableFuture<Boolean> canceled = new CompletableFuture<>();
        SmipClient client = start(invocation -> invocation.onCancel(() -> canceled.complete(true)),
                SmipOptions.DEFAULTS);
        Invocation pending = client.invoke(Payload.text("forever"));
        awaitActive(1);
        client.close();
        assertEquals(SmipErrorCodes.SESSION_CLOSED, failure(pending).code());
        assertTrue(canceled.get(20, TimeUnit.SECONDS));
        awaitActive(0);
        assertEquals(0, fixture.smip.sessionCount());
    }

    private void awaitActive(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while ((fixture.smip.activeInvocations() != count || (count == 0 && fixture.smip.sessionCount() > 0))
                && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(count, fixture.smip.activeInvocations());
    }

    static SmipException failure(Invocation invocation) {
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> invocation.result().get(20, TimeUnit.SECONDS));
        return assertInstanceOf(SmipException.class, e.getCause());
    }
}
