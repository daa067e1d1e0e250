package io.agentwire.mcp.transport.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.agentwire.jsonrpc.JsonRpcException;
import io.agentwire.jsonrpc.codec.JsonRpcCodec;
import io.agentwire.jsonrpc.codec.JsonRpcPayload;
import io.agentwire.jsonrpc.model.JsonRpcError;
import io.agentwire.jsonrpc.model.JsonRpcMessage;
import io.agentwire.jsonrpc.model.JsonRpcNotification;
import io.agentwire.jsonrpc.model.JsonRpcRequest;
import io.agentwire.jsonrpc.model.JsonRpcResponse;
import io.agentwire.jsonrpc.transport.http.HttpExchange;
import io.agentwire.mcp.server.LegacySession;
import io.agentwire.mcp.server.ResponseSink;
import io.agentwire.mcp.server.ServerRuntime;
import tools.jackson.databind.JsonNode;

/**
 * JSON-RPC batches, which only revision 2025-03-26 allows. The answer is one JSON array holding the responses
 * to the batch's requests (in completion order); related notifications of batched requests are not delivered,
 * since a JSON answer has nowhere to put them.
 */
final class LegacyBatches {
    private final ServerRuntime runtime;
    private final JsonRpcCodec codec;
    private final HttpReplies replies;

    LegacyBatches(ServerRuntime runtime, JsonRpcCodec codec, HttpReplies replies) {
        this.runtime = runtime;
        this.codec = codec;
        this.replies = replies;
    }

    void handle(HttpExchange exchange, JsonNode tree, HttpSession session) {
        LegacySession protocol = session.protocol();
        if (!protocol.version().allowsBatches()) {
            replies.error(exchange, 400, null, JsonRpcError.INVALID_REQUEST,
                    "Invalid Request: batches are not allowed in protocol version " + protocol.version());
            return;
        }
        JsonRpcPayload payload;
        try {
            payload = codec.decode(tree);
        } catch (JsonRpcException e) {
            replies.error(exchange, 400, null, e.error());
            return;
        }
        List<JsonRpcRequest> requests = new ArrayList<>();
        for (JsonRpcMessage message : payload.messages()) {
            if (message instanceof JsonRpcRequest request) {
                requests.add(request);
            } else if (message instanceof JsonRpcNotification notification) {
                runtime.handleNotification(notification, protocol);
            } else {
                protocol.deliver((JsonRpcResponse) message);
            }
        }
        List<JsonRpcMessage> answers = new ArrayList<>(payload.rejected());
        if (requests.isEmpty()) {
            if (answers.isEmpty()) {
                replies.empty(exchange, 202, Map.of());
            } else {
                exchange.respond(200, Map.of("Content-Type", HttpReplies.JSON), codec.encodeBatch(answers));
            }
            return;
        }
        AtomicInteger outstanding = new AtomicInteger(requests.size());
        for (JsonRpcRequest request : requests) {
            runtime.handle(request, protocol, new ResponseSink() {
                @Override
                public void notify(JsonRpcNotification notification) {
                }

                @Override
                public void request(JsonRpcRequest serverRequest) {
                    protocol.deliver(new io.agentwire.jsonrpc.model.JsonRpcErrorResponse(serverRequest.id(),
                            new JsonRpcError(JsonRpcError.INTERNAL_ERROR, "server-to-client requests are not possible inside a batch")));
                }

                @Override
                public void respond(JsonRpcResponse response) {
                    synchronized (answers) {
                        answers.add(response);
                    }
                    if (outstanding.decrementAndGet() == 0) {
                        byte[] body;
                        synchronized (answers) {
                            body = codec.encodeBatch(answers);
                        }
                        exchange.respond(200, Map.of("Content-Type", HttpReplies.JSON), body);
                    }
                }
            });
        }
    }
}
