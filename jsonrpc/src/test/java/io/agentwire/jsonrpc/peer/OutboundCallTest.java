package io.agentwire.jsonrpc.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agentwire.jsonrpc.JsonRpcException;
import io.agentwire.jsonrpc.codec.JsonRpcCodec;
import io.agentwire.jsonrpc.model.JsonRpcError;
import io.agentwire.jsonrpc.model.JsonRpcErrorResponse;
import io.agentwire.jsonrpc.model.JsonRpcId;
import io.agentwire.jsonrpc.model.JsonRpcNotification;
import io.agentwire.jsonrpc.model.JsonRpcRequest;
import io.agentwire.jsonrpc.model.JsonRpcResponse;
import io.agentwire.jsonrpc.model.JsonRpcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class OutboundCallTest {
    private static final JsonMapper MAPPER = JsonRpcCodec.standard().mapper();

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final RecordingSink sink = new RecordingSink();
    private final BlockingQueue<JsonRpcResponse> unmatched = new LinkedBlockingQueue<>();
    private final BlockingQueue<Cancelled> cancellations = new LinkedBlockingQueue<>();

    record Cancelled(JsonRpcRequest request, String reason) {
    }

    @AfterEach
    void shutdown() throws InterruptedException {
        executor.shutdownNow();
        assertTrue(executor.awaitTermination(5, TimeUnit.SECONDS));
    }

    private JsonRpcPeer.Builder peer() {
        return JsonRpcPeer.builder()
                .name("client")
                .sink(sink)
                .executor(executor)
                .unmatchedResponseListener(unmatched::add)
                .cancellationNotifier((peer, request, reason) -> cancellations.add(new Cancelled(request, reason)));
    }

    private static ObjectNode object(String field, String value) {
        return MAPPER.createObjectNode().put(field, value);
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(5, TimeUnit.SECONDS);
    }

    private static Throwable failureOf(CompletableFuture<?> future) throws Exception {
        ExecutionException failure = assertThrows(ExecutionException.class, () -> future.get(5, TimeUnit.SECONDS));
        return failure.getCause();
    }

    @Test
    void generatesMonotonicNumericIdsAndCorrelatesTheResult() throws Exception {
        JsonRpcPeer client = peer().build();
        CompletableFuture<JsonNode> first = client.request("tools/list", object("cursor", "a"));
        CompletableFuture<JsonNode> second = client.request("tools/list", null);

        JsonRpcRequest sentFirst = sink.next(JsonRpcRequest.class);
        JsonRpcRequest sentSecond = sink.next(JsonRpcRequest.class);
        assertEquals(JsonRpcId.of(1), sentFirst.id());
        assertEquals(JsonRpcId.of(2), sentSecond.id());
        assertEquals("tools/list", sentFirst.method());
        assertEquals("a", sentFirst.params().get("cursor").stringValue());
        assertNull(sentSecond.params());

        client.receive(new JsonRpcResult(JsonRpcId.of(2), object("which", "second")));
        client.receive(new JsonRpcResult(JsonRpcId.of(1), object("which", "first")));
        assertEquals("first", await(first).get("which").stringValue());
        assertEquals("second", await(second).get("which").stringValue());
        assertEquals(0, client.pendingOutboundRequests());
    }

    @Test
    void callerSuppliedStringIdIsUsedAndNotConfusedWithTheSameNumber() throws Exception {
        JsonRpcPeer client = peer().build();
        CompletableFuture<JsonNode> call = client.newRequest("ping").id(JsonRpcId.of("1")).send();
        assertEquals(JsonRpcId.of("1"), sink.next(JsonRpcRequest.class).id());

        client.receive(new JsonRpcResult(JsonRpcId.of(1), object("wrong", "number")));
        assertEquals(JsonRpcId.of(1), unmatched.poll(5, TimeUnit.SECONDS).id());
        assertFalse(call.isDone());

        client.receive(new JsonRpcResult(JsonRpcId.of("1"), object("right", "string")));
        assertEquals("string", await(call).get("right").stringValue());
    }

    @Test
    void outOfOrderResponsesReachTheirOwnRequests() throws Exception {
        JsonRpcPeer client = peer().build();
        List<CompletableFuture<JsonNode>> calls = List.of(
                client.request("m", object("n", "0")), client.request("m", object("n", "1")), client.request("m", object("n", "2")));
        List<JsonRpcRequest> sent = List.of(sink.next(JsonRpcRequest.class), sink.next(JsonRpcRequest.class), sink.next(JsonRpcRequest.class));

        for (int index : new int[] {2, 0, 1}) {
            JsonRpcRequest request = sent.get(index);
            client.receive(new JsonRpcResult(request.id(), request.params()));
        }
        for (int i = 0; i < 3; i++) {
            assertEquals("" + i, await(calls.get(i)).get("n").stringValue());
        }
    }

    @Test
    void errorResponseFailsWithJsonRpcException() throws Exception {
        JsonRpcPeer client = peer().build();
        CompletableFuture<JsonNode> call = client.request("tools/call", null);
        JsonRpcId id = sink.next(JsonRpcRequest.class).id();
        JsonRpcError error = new JsonRpcError(JsonRpcError.INVALID_PARAMS, "Unknown tool", object("tool", "nope"));
        client.receive(new JsonRpcErrorResponse(id, error));

        JsonRpcException failure = assertInstanceOf(JsonRpcException.class, failureOf(call));
        assertEquals(error, failure.error());
        assertEquals(id, failure.requestId());
    }

    @Test
    void timeoutFailsTheCallNotifiesCancellationAndTheLateResponseIsUnmatched() throws Exception {
        JsonRpcPeer client = peer().build();
        CompletableFuture<JsonNode> call = client.request("slow", null, Duration.ofMillis(50));
        JsonRpcRequest sent = sink.next(JsonRpcRequest.class);

        assertInstanceOf(TimeoutException.class, failureOf(call));
        Cancelled cancelled = cancellations.poll(5, TimeUnit.SECONDS);
        assertEquals(sent, cancelled.request());
        assertTrue(cancelled.reason().contains("timed out"), cancelled.reason());
        assertEquals(0, client.pendingOutboundRequests());

        client.receive(new JsonRpcResult(sent.id(), object("late", "yes")));
        assertEquals(sent.id(), unmatched.poll(5, TimeUnit.SECONDS).id());
    }

    @Test
    void defaultTimeoutAppliesAndZeroMeansNone() throws Exception {
        JsonRpcPeer client = peer().defaultTimeout(Duration.ofMillis(30)).build();
        CompletableFuture<JsonNode> defaulted = client.request("a", null);
        CompletableFuture<JsonNode> forever = client.request("b", null, Duration.ZERO);

        assertInstanceOf(TimeoutException.class, failureOf(defaulted));
        Thread.sleep(100);
        assertFalse(forever.isDone());
        assertThrows(IllegalArgumentException.class, () -> client.newRequest("c").timeout(Duration.ofMillis(-1)));
    }

    @Test
    void cancellingTheFutureCallsTheNotifierAndForgetsTheRequest() throws Exception {
        JsonRpcPeer client = peer().build();
        CompletableFuture<JsonNode> call = client.request("long", null);
        JsonRpcRequest sent = sink.next(JsonRpcRequest.class);

        assertTrue(call.cancel(true));
        Cancelled cancelled = cancellations.poll(5, TimeUnit.SECONDS);
        assertEquals(sent, cancelled.request());
        assertNull(cancelled.reason());
        assertEquals(0, client.pendingOutboundRequests());

        client.receive(new JsonRpcResult(sent.id(), object("late", "yes")));
        assertEquals(sent.id(), unmatched.poll(5, TimeUnit.SECONDS).id());
    }

    @Test
    void cancelOutboundPassesTheReason() throws Exception {
        JsonRpcPeer client = peer().build();
        CompletableFuture<JsonNode> call = client.request("long", null);
        JsonRpcId id = sink.next(JsonRpcRequest.class).id();

        assertTrue(client.cancelOutbound(id, "user left"));
        assertTrue(call.isCancelled());
        assertEquals("user left", cancellations.poll(5, TimeUnit.SECONDS).reason());
        assertFalse(client.cancelOutbound(id, "again"));
        assertNull(cancellations.poll(50, TimeUnit.MILLISECONDS));
    }

    @Test
    void responsesForUnknownIdsGoToTheListenerAndNeverThrow() throws Exception {
        JsonRpcPeer client = peer().build();
        client.receive(new JsonRpcResult(JsonRpcId.of(999), object("x", "y")));
        client.receive(new JsonRpcErrorResponse(null, new JsonRpcError(JsonRpcError.PARSE_ERROR, "Parse error")));
        assertEquals(JsonRpcId.of(999), unmatched.poll(5, TimeUnit.SECONDS).id());
        assertNull(unmatched.poll(5, TimeUnit.SECONDS).id());

        JsonRpcPeer withDefaultListener = JsonRpcPeer.builder().sink(sink).build();
        withDefaultListener.receive(new JsonRpcResult(JsonRpcId.of("nobody"), object("x", "y")));
        JsonRpcPeer throwingListener = JsonRpcPeer.builder().sink(sink).unmatchedResponseListener(response -> {
            throw new IllegalStateException("listener bug");
        }).build();
        throwingListener.receive(new JsonRpcResult(JsonRpcId.of("nobody"), object("x", "y")));
        assertEquals(0, withDefaultListener.pendingOutboundRequests());
    }

    @Test
    void closeFailsPendingRequestsWithTheCauseAndRefusesNewOnes() throws Exception {
        JsonRpcPeer client = peer().build();
        CompletableFuture<JsonNode> first = client.request("a", null);
        CompletableFuture<JsonNode> second = client.request("b", null, Duration.ZERO);
        IOException cause = new IOException("stdin closed");

        client.close(cause);
        assertSame(cause, failureOf(first));
        assertSame(cause, failureOf(second));
        assertNull(cancellations.poll(50, TimeUnit.MILLISECONDS));
        assertTrue(client.isClosed());

        IllegalStateException refused = assertInstanceOf(IllegalStateException.class, failureOf(client.request("c", null)));
        assertSame(cause, refused.getCause());
        client.close(new IOException("second close is ignored"));
        client.receive(new JsonRpcResult(JsonRpcId.of(1), object("x", "y")));
        assertNull(unmatched.poll(50, TimeUnit.MILLISECONDS));
    }

    @Test
    void sinkFailureFailsTheCall() throws Exception {
        UncheckedIOException broken = new UncheckedIOException(new IOException("broken pipe"));
        JsonRpcPeer client = JsonRpcPeer.builder().sink(message -> {
            throw broken;
        }).build();
        assertSame(broken, failureOf(client.request("a", null)));
        assertEquals(0, client.pendingOutboundRequests());
    }

    @Test
    void duplicatePendingIdIsRefusedAndGeneratedIdsSkipTakenNumbers() throws Exception {
        JsonRpcPeer client = peer().build();
        client.newRequest("a").id(JsonRpcId.of(1)).send();
        assertInstanceOf(IllegalArgumentException.class, failureOf(client.newRequest("b").id(JsonRpcId.of(1)).send()));

        sink.next(JsonRpcRequest.class);
        client.request("c", null);
        assertEquals(JsonRpcId.of(2), sink.next(JsonRpcRequest.class).id());
    }

    @Test
    void progressNotificationsReachTheListenerOfTheirTokenUntilTheResponse() throws Exception {
        JsonRpcPeer client = peer().progressMethod("notifications/progress").build();
        BlockingQueue<JsonNode> progress = new LinkedBlockingQueue<>();
        BlockingQueue<JsonNode> unrouted = new LinkedBlockingQueue<>();
        client.onNotification("notifications/progress", unrouted::add);
        JsonNode token = JsonNodeFactory.instance.stringNode("task-7");

        CompletableFuture<JsonNode> call = client.newRequest("tools/call").onProgress(token, progress::add).send();
        JsonRpcId id = sink.next(JsonRpcRequest.class).id();
        for (int i = 1; i <= 3; i++) {
            client.receive(new JsonRpcNotification("notifications/progress",
                    MAPPER.createObjectNode().put("progressToken", "task-7").put("progress", i)));
        }
        // Same token value under another method, and the same text as a number: neither is routed.
        client.receive(new JsonRpcNotification("other", MAPPER.createObjectNode().put("progressToken", "task-7")));
        client.receive(new JsonRpcNotification("notifications/progress",
                MAPPER.createObjectNode().put("progressToken", 7)));

        for (int i = 1; i <= 3; i++) {
            assertEquals(i, progress.poll(5, TimeUnit.SECONDS).get("progress").intValue());
        }
        assertEquals(7, unrouted.poll(5, TimeUnit.SECONDS).get("progressToken").intValue());

        client.receive(new JsonRpcResult(id, object("done", "yes")));
        await(call);
        client.receive(new JsonRpcNotification("notifications/progress",
                MAPPER.createObjectNode().put("progressToken", "task-7").put("progress", 4)));
        assertEquals(4, unrouted.poll(5, TimeUnit.SECONDS).get("progress").intValue());
        assertNull(progress.poll(50, TimeUnit.MILLISECONDS));
    }

    @Test
    void standaloneProgressRegistrationUsesNumericTokensAndCanBeClosed() throws Exception {
        JsonRpcPeer client = peer().progressMethod("$/progress").build();
        BlockingQueue<JsonNode> progress = new LinkedBlockingQueue<>();
        Registration registration = client.onProgress(JsonNodeFactory.instance.numberNode(5), progress::add);
        assertThrows(IllegalStateException.class, () -> client.onProgress(JsonNodeFactory.instance.numberNode(5), p -> { }));
        assertThrows(IllegalArgumentException.class, () -> client.onProgress(JsonNodeFactory.instance.booleanNode(true), p -> { }));

        client.receive(new JsonRpcNotification("$/progress", MAPPER.createObjectNode().put("progressToken", 5)));
        assertEquals(5, progress.poll(5, TimeUnit.SECONDS).get("progressToken").intValue());

        registration.close();
        client.receive(new JsonRpcNotification("$/progress", MAPPER.createObjectNode().put("progressToken", 5)));
        assertNull(progress.poll(50, TimeUnit.MILLISECONDS));
    }

    @Test
    void progressTokenIsFreedWhenTheCallFailsToStart() throws Exception {
        JsonRpcPeer client = JsonRpcPeer.builder().sink(message -> {
            throw new IllegalStateException("down");
        }).progressMethod("p").build();
        JsonNode token = JsonNodeFactory.instance.stringNode("t");
        failureOf(client.newRequest("a").onProgress(token, p -> { }).send());
        // Registering the same token again would throw if the failed call still held it.
        client.onProgress(token, p -> { }).close();
        assertEquals(0, client.pendingOutboundRequests());
    }
}
