package io.agentwire.jsonrpc.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agentwire.jsonrpc.JsonRpcException;
import io.agentwire.jsonrpc.codec.JsonRpcCodec;
import io.agentwire.jsonrpc.model.JsonRpcError;
import io.agentwire.jsonrpc.model.JsonRpcErrorResponse;
import io.agentwire.jsonrpc.model.JsonRpcId;
import io.agentwire.jsonrpc.model.JsonRpcNotification;
import io.agentwire.jsonrpc.model.JsonRpcRequest;
import io.agentwire.jsonrpc.model.JsonRpcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class InboundDispatchTest {
    private static final JsonMapper MAPPER = JsonRpcCodec.standard().mapper();

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final RecordingSink sink = new RecordingSink();

    @AfterEach
    void shutdown() throws InterruptedException {
        executor.shutdownNow();
        assertTrue(executor.awaitTermination(5, TimeUnit.SECONDS));
    }

    private JsonRpcPeer.Builder peer() {
        return JsonRpcPeer.builder().name("server").sink(sink).executor(executor);
    }

    private static ObjectNode object(String field, String value) {
        return MAPPER.createObjectNode().put(field, value);
    }

    @Test
    void echoesNumberAndStringIdsExactly() throws Exception {
        JsonRpcPeer server = peer().build();
        server.onRequest("echo", (context, params) -> params);

        server.receive(new JsonRpcRequest(JsonRpcId.of(7), "echo", object("x", "number")));
        JsonRpcResult first = sink.next(JsonRpcResult.class);
        server.receive(new JsonRpcRequest(JsonRpcId.of("7"), "echo", object("x", "string")));
        JsonRpcResult second = sink.next(JsonRpcResult.class);

        assertEquals(JsonRpcId.of(7), first.id());
        assertEquals("number", first.result().get("x").stringValue());
        assertEquals(JsonRpcId.of("7"), second.id());
        assertTrue(second.id().isString());
        String wire = JsonRpcCodec.standard().encodeToString(second);
        assertTrue(wire.contains("\"id\":\"7\""), wire);
    }

    @Test
    void unknownMethodIsAnsweredWithMethodNotFoundAndTheSameId() throws Exception {
        JsonRpcPeer server = peer().build();
        server.receive(new JsonRpcRequest(JsonRpcId.of("abc"), "no/such", null));

        JsonRpcErrorResponse response = sink.next(JsonRpcErrorResponse.class);
        assertEquals(JsonRpcId.of("abc"), response.id());
        assertEquals(JsonRpcError.METHOD_NOT_FOUND, response.error().code());
    }

    @Test
    void handlerJsonRpcExceptionBecomesItsOwnError() throws Exception {
        JsonRpcPeer server = peer().build();
        server.onRequest("fail", (context, params) -> {
            throw new JsonRpcException(JsonRpcError.INVALID_PARAMS, "Missing name", object("field", "name"));
        });
        server.receive(new JsonRpcRequest(JsonRpcId.of(1), "fail", null));

        JsonRpcErrorResponse response = sink.next(JsonRpcErrorResponse.class);
        assertEquals(JsonRpcId.of(1), response.id());
        assertEquals(new JsonRpcError(JsonRpcError.INVALID_PARAMS, "Missing name", object("field", "name")), response.error());
    }

    @Test
    void otherHandlerExceptionsBecomeInternalErrorWithoutDetails() throws Exception {
        JsonRpcPeer server = peer().build();
        server.onRequest("boom", (context, params) -> {
            throw new IllegalStateException("secret connection string jdbc:db://admin:hunter2");
        });
        server.onRequestAsync("boomAsync", (context, params) ->
                CompletableFuture.failedFuture(new java.io.IOException("secret path /etc/shadow")));

        for (String method : List.of("boom", "boomAsync")) {
            server.receive(new JsonRpcRequest(JsonRpcId.of(method), method, null));
            JsonRpcErrorResponse response = sink.next(JsonRpcErrorResponse.class);
            assertEquals(JsonRpcId.of(method), response.id());
            assertEquals(new JsonRpcError(JsonRpcError.INTERNAL_ERROR, "Internal error"), response.error());
            String wire = new String(JsonRpcCodec.standard().encode(response), StandardCharsets.UTF_8);
            assertFalse(wire.contains("secret"), wire);
            assertFalse(wire.contains("Exception"), wire);
        }
    }

    @Test
    void asyncHandlerResultAndWrappedJsonRpcException() throws Exception {
        JsonRpcPeer server = peer().build();
        CompletableFuture<JsonNode> later = new CompletableFuture<>();
        server.onRequestAsync("later", (context, params) -> later);
        server.onRequestAsync("rejected", (context, params) -> CompletableFuture.supplyAsync(() -> {
            throw new JsonRpcException(-32002, "Resource not found");
        }, executor));

        server.receive(new JsonRpcRequest(JsonRpcId.of(1), "later", null));
        sink.assertNothingSent(50);
        later.complete(object("done", "yes"));
        assertEquals("yes", sink.next(JsonRpcResult.class).result().get("done").stringValue());

        server.receive(new JsonRpcRequest(JsonRpcId.of(2), "rejected", null));
        assertEquals(-32002, sink.next(JsonRpcErrorResponse.class).error().code());
    }

    @Test
    void nullResultIsSentAsJsonNull() throws Exception {
        JsonRpcPeer server = peer().build();
        server.onRequest("void", (context, params) -> null);
        server.receive(new JsonRpcRequest(JsonRpcId.of(1), "void", null));
        assertTrue(sink.next(JsonRpcResult.class).result().isNull());
    }

    @Test
    void rejectsRequestsBeyondTheInFlightBoundImmediately() throws Exception {
        JsonRpcPeer server = peer().maxInFlightRequests(2).build();
        CountDownLatch release = new CountDownLatch(1);
        server.onRequest("slow", (context, params) -> {
            release.await(5, TimeUnit.SECONDS);
            return params;
        });

        for (int i = 1; i <= 5; i++) {
            server.receive(new JsonRpcRequest(JsonRpcId.of(i), "slow", object("n", "" + i)));
        }
        Set<JsonRpcId> overloaded = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            JsonRpcErrorResponse response = sink.next(JsonRpcErrorResponse.class);
            assertEquals(JsonRpcPeer.SERVER_OVERLOADED, response.error().code());
            overloaded.add(response.id());
        }
        assertEquals(Set.of(JsonRpcId.of(3), JsonRpcId.of(4), JsonRpcId.of(5)), overloaded);
        assertEquals(2, server.inFlightInboundRequests());

        release.countDown();
        Set<JsonRpcId> served = new HashSet<>(List.of(sink.next(JsonRpcResult.class).id(), sink.next(JsonRpcResult.class).id()));
        assertEquals(Set.of(JsonRpcId.of(1), JsonRpcId.of(2)), served);
        awaitZero(server);

        server.receive(new JsonRpcRequest(JsonRpcId.of(6), "slow", null));
        assertEquals(JsonRpcId.of(6), sink.next(JsonRpcResult.class).id());
    }

    @Test
    void executorRejectionIsAnsweredAsOverloaded() throws Exception {
        JsonRpcPeer server = JsonRpcPeer.builder().sink(sink).executor(task -> {
            throw new RejectedExecutionException("full");
        }).build();
        server.onRequest("any", (context, params) -> params);
        server.receive(new JsonRpcRequest(JsonRpcId.of(1), "any", null));

        assertEquals(JsonRpcPeer.SERVER_OVERLOADED, sink.next(JsonRpcErrorResponse.class).error().code());
        assertEquals(0, server.inFlightInboundRequests());
    }

    @Test
    void duplicateIdOfARequestInProgressIsInvalid() throws Exception {
        JsonRpcPeer server = peer().build();
        CountDownLatch release = new CountDownLatch(1);
        server.onRequest("slow", (context, params) -> {
            release.await(5, TimeUnit.SECONDS);
            return params;
        });
        server.receive(new JsonRpcRequest(JsonRpcId.of(9), "slow", null));
        server.receive(new JsonRpcRequest(JsonRpcId.of(9), "slow", null));

        JsonRpcErrorResponse duplicate = sink.next(JsonRpcErrorResponse.class);
        assertEquals(JsonRpcError.INVALID_REQUEST, duplicate.error().code());
        release.countDown();
        assertEquals(JsonRpcId.of(9), sink.next(JsonRpcResult.class).id());
    }

    @Test
    void notificationsReachTheirHandlerInOrderAndUnknownOnesAreIgnored() throws Exception {
        JsonRpcPeer server = peer().build();
        List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch all = new CountDownLatch(100);
        server.onNotification("log", params -> {
            seen.add(params.get("n").stringValue());
            all.countDown();
        });

        server.receive(new JsonRpcNotification("unknown/thing", null));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            expected.add("" + i);
            server.receive(new JsonRpcNotification("log", object("n", "" + i)));
        }
        assertTrue(all.await(5, TimeUnit.SECONDS));
        assertEquals(expected, seen);
        sink.assertNothingSent(50);
    }

    @Test
    void failingNotificationHandlerDoesNotStopLaterNotifications() throws Exception {
        JsonRpcPeer server = peer().build();
        CountDownLatch second = new CountDownLatch(1);
        server.onNotification("n", params -> {
            if (params == null) {
                throw new IllegalStateException("first fails");
            }
            second.countDown();
        });
        server.receive(new JsonRpcNotification("n", null));
        server.receive(new JsonRpcNotification("n", object("ok", "1")));
        assertTrue(second.await(5, TimeUnit.SECONDS));
    }

    @Test
    void cancelInboundFlagsTheContextRunsCallbacksAndSuppressesTheResponse() throws Exception {
        JsonRpcPeer server = peer().build();
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<String> callbackReason = new AtomicReference<>();
        AtomicReference<RequestContext> seen = new AtomicReference<>();
        server.onRequest("work", (context, params) -> {
            seen.set(context);
            context.onCancel(callbackReason::set);
            started.countDown();
            while (!context.isCancelled()) {
                Thread.sleep(1);
            }
            return object("result", "ignored");
        });

        server.receive(new JsonRpcRequest(JsonRpcId.of("w1"), "work", object("p", "v")));
        assertTrue(started.await(5, TimeUnit.SECONDS));
        assertEquals(JsonRpcId.of("w1"), seen.get().id());
        assertEquals("work", seen.get().method());
        assertEquals("v", seen.get().params().get("p").stringValue());
        assertFalse(server.cancelInbound(JsonRpcId.of("other"), "nope"));
        assertTrue(server.cancelInbound(JsonRpcId.of("w1"), "user pressed stop"));

        assertEquals("user pressed stop", callbackReason.get());
        assertEquals("user pressed stop", seen.get().cancellationReason());
        awaitZero(server);
        sink.assertNothingSent(100);
        assertFalse(server.cancelInbound(JsonRpcId.of("w1"), "again"));
    }

    @Test
    void cancellingCancelsTheAsyncHandlersFutureAndCanAnswerWithAConfiguredError() throws Exception {
        JsonRpcError cancelled = new JsonRpcError(-32800, "Request cancelled");
        JsonRpcPeer server = peer().cancelledRequestError(cancelled).build();
        CompletableFuture<JsonNode> work = new CompletableFuture<>();
        CountDownLatch started = new CountDownLatch(1);
        server.onRequestAsync("work", (context, params) -> {
            started.countDown();
            return work;
        });

        server.receive(new JsonRpcRequest(JsonRpcId.of(3), "work", null));
        assertTrue(started.await(5, TimeUnit.SECONDS));
        awaitInFlight(server, 1);
        assertTrue(server.cancelInbound(JsonRpcId.of(3), null));

        // The answer comes once the handler's future ends, which the cancellation causes.
        JsonRpcErrorResponse response = sink.next(JsonRpcErrorResponse.class);
        assertEquals(JsonRpcId.of(3), response.id());
        assertEquals(cancelled, response.error());
        assertTrue(work.isCancelled());
    }

    @Test
    void contextNotificationsAndResponsesAreRoutedWithTheRequestId() throws Exception {
        JsonRpcPeer server = peer().build();
        server.onRequest("chatty", (context, params) -> {
            context.notify("progress", object("step", "1"));
            return object("ok", "true");
        });
        server.receive(new JsonRpcRequest(JsonRpcId.of(42), "chatty", null));

        RecordingSink.Sent notification = sink.nextSent();
        assertEquals("progress", assertInstanceOfNotification(notification).method());
        assertEquals(JsonRpcId.of(42), notification.relatedRequestId());
        RecordingSink.Sent response = sink.nextSent();
        assertEquals(JsonRpcId.of(42), ((JsonRpcResult) response.message()).id());
        assertEquals(JsonRpcId.of(42), response.relatedRequestId());
    }

    @Test
    void closeCancelsInFlightRequestsAndIgnoresLaterMessages() throws Exception {
        JsonRpcPeer server = peer().build();
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<RequestContext> seen = new AtomicReference<>();
        server.onRequest("work", (context, params) -> {
            seen.set(context);
            started.countDown();
            while (!context.isCancelled()) {
                Thread.sleep(1);
            }
            context.throwIfCancelled();
            return null;
        });
        server.receive(new JsonRpcRequest(JsonRpcId.of(1), "work", null));
        assertTrue(started.await(5, TimeUnit.SECONDS));

        server.close(new java.io.IOException("connection reset"));
        assertTrue(seen.get().isCancelled());
        awaitZero(server);
        server.receive(new JsonRpcRequest(JsonRpcId.of(2), "work", null));
        sink.assertNothingSent(100);
        assertThrows(IllegalStateException.class, () -> server.notify("late", null));
    }

    @Test
    void handlersCanBeRegisteredOnceAndUnregistered() throws Exception {
        JsonRpcPeer server = peer().build();
        Registration registration = server.onRequest("m", (context, params) -> params);
        assertThrows(IllegalStateException.class, () -> server.onRequest("m", (context, params) -> params));
        registration.close();
        server.receive(new JsonRpcRequest(JsonRpcId.of(1), "m", null));
        assertEquals(JsonRpcError.METHOD_NOT_FOUND, sink.next(JsonRpcErrorResponse.class).error().code());
    }

    private static JsonRpcNotification assertInstanceOfNotification(RecordingSink.Sent sent) {
        return org.junit.jupiter.api.Assertions.assertInstanceOf(JsonRpcNotification.class, sent.message());
    }

    private static void awaitZero(JsonRpcPeer peer) throws InterruptedException {
        awaitInFlight(peer, 0);
    }

    private static void awaitInFlight(JsonRpcPeer peer, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (peer.inFlightInboundRequests() != expected && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertEquals(expected, peer.inFlightInboundRequests());
    }
}
