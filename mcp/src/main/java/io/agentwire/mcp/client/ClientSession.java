package io.agentwire.mcp.client;

import io.agentwire.jsonrpc.codec.JsonRpcCodec;
import io.agentwire.jsonrpc.model.JsonRpcId;
import io.agentwire.jsonrpc.model.JsonRpcMessage;
import io.agentwire.jsonrpc.model.JsonRpcNotification;
import io.agentwire.jsonrpc.model.JsonRpcRequest;
import io.agentwire.jsonrpc.peer.JsonRpcPeer;
import io.agentwire.jsonrpc.peer.OutboundRequest;
import io.agentwire.jsonrpc.peer.ProgressListener;
import io.agentwire.mcp.client.transport.ClientTransport;
import io.agentwire.mcp.client.transport.InboundListener;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The connection engine under {@link McpClient}: one JSON-RPC peer (correlation, timeouts, progress, serving the
 * server's requests) over the current transport. Requests get ids from a counter of our own so that a transport
 * can fail one request it knows is lost, and so that every retry carries a fresh id. Cancelling a request closes
 * its stream where the transport signals cancellation that way, and sends {@code notifications/cancelled}
 * otherwise.
 */
final class ClientSession implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ClientSession.class.getName());

    /** One request on its way: the id it went out with and its outcome. */
    record Call(JsonRpcId id, CompletableFuture<JsonNode> result) {
    }

    private final ClientConfig config;
    private final JsonMapper mapper = JsonRpcCodec.standard().mapper();
    private final JsonRpcPeer peer;
    private final Map<JsonRpcId, CompletableFuture<JsonNode>> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final NotificationRouter notifications;
    private volatile ClientTransport transport;

    ClientSession(ClientConfig config, InputAnswers answers) {
        this.config = config;
        this.peer = JsonRpcPeer.builder()
                .name("mcp-client")
                .sink(this::send)
                .progressMethod("notifications/progress")
                .defaultTimeout(config.requestTimeout())
                .cancellationNotifier((p, request, reason) -> cancelled(request, reason))
                .build();
        this.notifications = new NotificationRouter(peer);
        for (String method : InputAnswers.METHODS) {
            peer.onRequest(method, (context, params) -> answers.answer(method, params));
        }
        peer.onRequest("ping", (context, params) -> mapper.createObjectNode());
    }

    JsonMapper mapper() {
        return mapper;
    }

    ClientConfig config() {
        return config;
    }

    NotificationRouter notifications() {
        return notifications;
    }

    ClientTransport transport() {
        return transport;
    }

    /** Starts a transport and makes it the current one; a previous transport is closed. */
    void use(ClientTransport next) throws IOException {
        ClientTransport previous = transport;
        transport = next;
        if (previous != null) {
            previous.close();
        }
        next.start(new Inbound(next));
    }

    /** Sends a request with a fresh id; the future fails with the transport's cause if the request is lost. */
    Call start(String method, JsonNode params, Duration timeout, JsonNode progressToken, ProgressListener progress) {
        JsonRpcId id = JsonRpcId.of(ids.incrementAndGet());
        CompletableFuture<JsonNode> outcome = new CompletableFuture<>();
        inFlight.put(id, outcome);
        OutboundRequest request = peer.newRequest(method).id(id).params(params).timeout(timeout);
        if (progress != null) {
            request.onProgress(progressToken, progress);
        }
        CompletableFuture<JsonNode> answered = request.send();
        answered.whenComplete((result, error) -> {
            inFlight.remove(id); // before completing, so a caller woken by the outcome sees it gone
            if (error != null) {
                outcome.completeExceptionally(error);
            } else {
                outcome.complete(result);
            }
        });
        outcome.whenComplete((result, error) -> {
            inFlight.remove(id);
            if (!answered.isDone()) {
                // Cancelled or failed by the transport: settle the peer's side too, which for a cancellation
                // tells the server (close the stream, or notifications/cancelled).
                if (error instanceof CancellationException) {
                    answered.cancel(true);
                } else {
                    answered.completeExceptionally(error);
                }
            }
        });
        return new Call(id, outcome);
    }

    CompletableFuture<Void> notifyServer(String method, JsonNode params) {
        return transport.send(new JsonRpcNotification(method, params));
    }

    private void send(JsonRpcMessage message) {
        ClientTransport current = transport;
        if (current == null) {
            throw new IllegalStateException("not connected");
        }
        current.send(message).whenComplete((ignored, error) -> {
            if (error == null) {
                return;
            }
            if (message instanceof JsonRpcRequest request) {
                failRequest(request.id(), error);
            } else {
                LOG.log(Level.DEBUG, () -> "Could not send " + message + ": " + error);
            }
        });
    }

    private void cancelled(JsonRpcRequest request, String reason) {
        ClientTransport current = transport;
        if (current == null || "initialize".equals(request.method())) {
            return; // the handshake itself is never cancelled, the spec says
        }
        if (current.cancelsByClosingStream()) {
            current.abandon(request.id());
            return;
        }
        ObjectNode params = mapper.createObjectNode();
        params.set("requestId", request.id().toJson());
        if (reason != null) {
            params.put("reason", reason);
        }
        current.send(new JsonRpcNotification("notifications/cancelled", params));
        current.abandon(request.id());
    }

    private void failRequest(JsonRpcId id, Throwable cause) {
        CompletableFuture<JsonNode> outcome = inFlight.get(id);
        if (outcome != null) {
            outcome.completeExceptionally(new McpClientException("Request " + id + " failed: " + cause.getMessage(), cause));
        }
    }

    /** Requests still waiting for an answer; for tests that check nothing leaks. */
    int pendingRequests() {
        return inFlight.size();
    }

    @Override
    public void close() {
        ClientTransport current = transport;
        if (current != null) {
            current.close();
        }
        peer.close(new McpClientException("The client was closed"));
    }

    /** What one transport reports; reports of a transport that was replaced are ignored. */
    private final class Inbound implements InboundListener {
        private final ClientTransport source;

        Inbound(ClientTransport source) {
            this.source = source;
        }

        @Override
        public void onMessage(JsonRpcMessage message) {
            if (source == transport) {
                peer.receive(message);
            }
        }

        @Override
        public void onRequestFailed(JsonRpcId requestId, Throwable cause) {
            failRequest(requestId, cause);
        }

        @Override
        public void onClosed(Throwable cause) {
            if (source != transport) {
                return;
            }
            peer.close(cause == null ? new McpClientException("The connection was closed")
                    : new McpClientException("The connection to the server was lost: " + cause.getMessage(), cause));
        }
    }
}
