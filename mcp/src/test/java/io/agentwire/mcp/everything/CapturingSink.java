package io.agentwire.mcp.everything;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.agentwire.jsonrpc.model.JsonRpcNotification;
import io.agentwire.jsonrpc.model.JsonRpcRequest;
import io.agentwire.jsonrpc.model.JsonRpcResponse;
import io.agentwire.mcp.server.ResponseSink;

/** Records everything the engine sends for one request, in order, so tests can inspect it. */
final class CapturingSink implements ResponseSink {
    final List<JsonRpcNotification> notifications = new CopyOnWriteArrayList<>();
    final BlockingQueue<JsonRpcRequest> clientRequests = new LinkedBlockingQueue<>();
    private final CompletableFuture<JsonRpcResponse> response = new CompletableFuture<>();

    @Override
    public void notify(JsonRpcNotification notification) {
        if (response.isDone()) {
            throw new AssertionError("notification after the response: " + notification);
        }
        notifications.add(notification);
    }

    @Override
    public void request(JsonRpcRequest request) {
        clientRequests.add(request);
    }

    @Override
    public void respond(JsonRpcResponse response) {
        if (!this.response.complete(response)) {
            throw new AssertionError("second response: " + response);
        }
    }

    JsonRpcResponse awaitResponse() throws Exception {
        return response.get(10, TimeUnit.SECONDS);
    }

    JsonRpcRequest awaitClientRequest() throws InterruptedException {
        JsonRpcRequest request = clientRequests.poll(10, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("the server sent no request to the client");
        }
        return request;
    }

    List<JsonRpcNotification> notifications(String method) {
        return notifications.stream().filter(n -> n.method().equals(method)).toList();
    }
}
