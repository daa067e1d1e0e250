package io.agentwire.jsonrpc.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agentwire.jsonrpc.codec.JsonRpcCodec;
import io.agentwire.jsonrpc.model.JsonRpcId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class BackToBackTest {
    private static final JsonMapper MAPPER = JsonRpcCodec.standard().mapper();
    private static final int CALLS = 1_000;

    private final ExecutorService executor = Executors.newFixedThreadPool(8);

    @AfterEach
    void shutdown() throws InterruptedException {
        executor.shutdownNow();
        assertTrue(executor.awaitTermination(5, TimeUnit.SECONDS));
    }

    /** Answers after a random delay without holding a thread, so that responses overtake each other. */
    private AsyncRequestHandler delayedEcho(String servedBy) {
        return (context, params) -> CompletableFuture.supplyAsync(() -> {
            ObjectNode result = MAPPER.createObjectNode();
            result.set("echo", params);
            result.put("servedBy", servedBy);
            result.put("id", context.id().toString());
            return (JsonNode) result;
        }, CompletableFuture.delayedExecutor(ThreadLocalRandom.current().nextInt(3), TimeUnit.MILLISECONDS, executor));
    }

    @Test
    void thousandConcurrentRequestsEachWayKeepTheirCorrelationThroughTheCodec() throws Exception {
        WirePair wire = new WirePair(
                a -> a.executor(executor).maxInFlightRequests(CALLS),
                b -> b.executor(executor).maxInFlightRequests(CALLS));
        wire.a.onRequestAsync("echo", delayedEcho("a"));
        wire.b.onRequestAsync("echo", delayedEcho("b"));

        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<List<CompletableFuture<JsonNode>>> fromA = CompletableFuture.supplyAsync(() -> fire(wire.a, go));
        CompletableFuture<List<CompletableFuture<JsonNode>>> fromB = CompletableFuture.supplyAsync(() -> fire(wire.b, go));
        go.countDown();

        verify(fromA.get(10, TimeUnit.SECONDS), "b");
        verify(fromB.get(10, TimeUnit.SECONDS), "a");
        assertEquals(4L * CALLS, wire.messagesOnWire.get());
        for (JsonRpcPeer peer : List.of(wire.a, wire.b)) {
            assertEquals(0, peer.pendingOutboundRequests());
            awaitNoInFlight(peer);
        }
    }

    private static List<CompletableFuture<JsonNode>> fire(JsonRpcPeer peer, CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        List<CompletableFuture<JsonNode>> calls = new ArrayList<>(CALLS);
        for (int i = 0; i < CALLS; i++) {
            // Every tenth call picks its own string id to mix both id kinds on the wire.
            OutboundRequest request = peer.newRequest("echo").params(MAPPER.createObjectNode().put("n", i));
            if (i % 10 == 0) {
                request.id(JsonRpcId.of(peer.name() + "-" + i));
            }
            calls.add(request.send());
        }
        return calls;
    }

    private static void verify(List<CompletableFuture<JsonNode>> calls, String servedBy) throws Exception {
        for (int i = 0; i < calls.size(); i++) {
            JsonNode result = calls.get(i).get(10, TimeUnit.SECONDS);
            assertEquals(i, result.get("echo").get("n").intValue());
            assertEquals(servedBy, result.get("servedBy").stringValue());
            if (i % 10 == 0) {
                assertTrue(result.get("id").stringValue().startsWith("\""), result.toString());
            }
        }
    }

    @Test
    void handlerCanCallBackIntoTheCallerWhileServing() throws Exception {
        WirePair wire = new WirePair(a -> a.executor(executor), b -> b.executor(executor));
        wire.a.onRequest("sampling/create", (context, params) -> MAPPER.createObjectNode().put("text", "from a"));
        wire.b.onRequestAsync("tools/call", (context, params) -> context.request("sampling/create", null)
                .thenApply(inner -> (JsonNode) MAPPER.createObjectNode().put("wrapped", inner.get("text").stringValue())));

        JsonNode result = wire.a.request("tools/call", null).get(5, TimeUnit.SECONDS);
        assertEquals("from a", result.get("wrapped").stringValue());
        assertEquals(JsonRpcId.of(1), wire.relatedByMethod.get("sampling/create"));
    }

    @Test
    void cancellationPlugsInWithoutThePeerKnowingTheMethodName() throws Exception {
        // The "protocol layer" of this test, wired the way MCP wires notifications/cancelled.
        WirePair wire = new WirePair(
                a -> a.executor(executor).cancellationNotifier((peer, request, reason) -> peer.notify("test/cancelled",
                        MAPPER.createObjectNode().<ObjectNode>set("requestId", request.id().toJson())
                                .put("reason", reason == null ? "caller gave up" : reason))),
                b -> b.executor(executor));
        wire.b.onNotification("test/cancelled",
                params -> wire.b.cancelInbound(JsonRpcId.fromJson(params.get("requestId")), params.get("reason").stringValue()));
        BlockingQueue<String> cancelReasons = new LinkedBlockingQueue<>();
        CountDownLatch started = new CountDownLatch(1);
        wire.b.onRequest("work", (context, params) -> {
            context.onCancel(cancelReasons::add);
            context.notify("test/log", null);
            started.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!context.isCancelled() && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            return MAPPER.createObjectNode().put("unexpected", "answer");
        });

        CompletableFuture<JsonNode> call = wire.a.request("work", null);
        assertTrue(started.await(5, TimeUnit.SECONDS));
        assertTrue(call.cancel(true));

        assertEquals("caller gave up", cancelReasons.poll(5, TimeUnit.SECONDS));
        awaitNoInFlight(wire.b);
        assertEquals(0, wire.a.pendingOutboundRequests());
        assertEquals(JsonRpcId.of(1), wire.relatedByMethod.get("test/log"));
        // request + log + cancellation, and no response for the cancelled request
        assertEquals(3, wire.messagesOnWire.get());
    }

    @Test
    void progressRoutesAcrossTheWireWhenConfigured() throws Exception {
        WirePair wire = new WirePair(a -> a.executor(executor).progressMethod("test/progress"), b -> b.executor(executor));
        wire.b.onRequest("work", (context, params) -> {
            for (int i = 1; i <= 3; i++) {
                context.notify("test/progress", MAPPER.createObjectNode().<ObjectNode>set("progressToken", params.get("token")).put("progress", i));
            }
            return MAPPER.createObjectNode().put("done", true);
        });
        BlockingQueue<JsonNode> progress = new LinkedBlockingQueue<>();
        JsonNode token = MAPPER.getNodeFactory().numberNode(77);

        JsonNode result = wire.a.newRequest("work")
                .params(MAPPER.createObjectNode().set("token", token))
                .onProgress(token, progress::add)
                .send()
                .get(5, TimeUnit.SECONDS);

        assertTrue(result.get("done").booleanValue());
        for (int i = 1; i <= 3; i++) {
            JsonNode update = progress.poll(5, TimeUnit.SECONDS);
            assertEquals(i, update.get("progress").intValue());
        }
    }

    @Test
    void closingBothSidesFailsEveryPendingCallAndCancelsEveryHandler() throws Exception {
        WirePair wire = new WirePair(a -> a.executor(executor), b -> b.executor(executor));
        List<RequestContext> served = new ArrayList<>();
        CountDownLatch allStarted = new CountDownLatch(100);
        wire.b.onRequestAsync("hang", (context, params) -> {
            synchronized (served) {
                served.add(context);
            }
            allStarted.countDown();
            return new CompletableFuture<>();
        });
        List<CompletableFuture<JsonNode>> calls = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            calls.add(wire.a.request("hang", null));
        }
        assertTrue(allStarted.await(5, TimeUnit.SECONDS));

        IOException cause = new IOException("connection lost");
        wire.a.close(cause);
        wire.b.close(cause);
        for (CompletableFuture<JsonNode> call : calls) {
            ExecutionException failure = assertThrows(ExecutionException.class, () -> call.get(5, TimeUnit.SECONDS));
            assertSame(cause, failure.getCause());
        }
        synchronized (served) {
            served.forEach(context -> assertTrue(context.isCancelled()));
        }
        awaitNoInFlight(wire.b);
        assertInstanceOf(IllegalStateException.class, assertThrows(ExecutionException.class,
                () -> wire.a.request("hang", null).get(5, TimeUnit.SECONDS)).getCause());
    }

    @Test
    void defaultExecutorServesConcurrentBlockingHandlers() throws Exception {
        WirePair wire = new WirePair(a -> a, b -> b);
        AtomicReference<String> threadName = new AtomicReference<>();
        wire.b.onRequest("sleep", (context, params) -> {
            threadName.compareAndSet(null, Thread.currentThread().toString());
            Thread.sleep(20);
            return params;
        });
        List<CompletableFuture<JsonNode>> calls = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            calls.add(wire.a.request("sleep", MAPPER.createObjectNode().put("n", i)));
        }
        for (int i = 0; i < calls.size(); i++) {
            assertEquals(i, calls.get(i).get(10, TimeUnit.SECONDS).get("n").intValue());
        }
        // 200 sleeps of 20 ms in sequence would take 4 s; concurrently they take a fraction of that.
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(3), "handlers did not run concurrently");
        assertTrue(threadName.get() != null);
    }

    private static void awaitNoInFlight(JsonRpcPeer peer) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (peer.inFlightInboundRequests() != 0 && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertEquals(0, peer.inFlightInboundRequests());
    }
}
