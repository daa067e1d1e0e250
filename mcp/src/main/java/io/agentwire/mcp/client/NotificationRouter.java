package io.agentwire.mcp.client;

import io.agentwire.jsonrpc.model.JsonRpcId;
import io.agentwire.jsonrpc.peer.JsonRpcPeer;
import io.agentwire.jsonrpc.peer.Registration;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Fans server notifications out to any number of listeners per method (the peer allows one handler per method).
 * Listeners run one at a time in arrival order; one that throws is logged and the others still run. The server
 * cancelling one of its requests ({@code notifications/cancelled}) stops the handler serving it.
 */
final class NotificationRouter {
    private static final System.Logger LOG = System.getLogger(NotificationRouter.class.getName());

    private final JsonRpcPeer peer;
    private final Map<String, List<Consumer<JsonNode>>> listeners = new ConcurrentHashMap<>();

    NotificationRouter(JsonRpcPeer peer) {
        this.peer = peer;
        peer.onNotification("notifications/cancelled", params -> {
            JsonRpcId id = params == null ? null : JsonRpcId.fromJson(params.get("requestId"));
            if (id != null) {
                peer.cancelInbound(id, params.path("reason").asString(null));
            }
        });
    }

    Registration add(String method, Consumer<JsonNode> listener) {
        List<Consumer<JsonNode>> forMethod = listeners.computeIfAbsent(method, m -> {
            peer.onNotification(m, params -> dispatch(m, params));
            return new CopyOnWriteArrayList<>();
        });
        forMethod.add(listener);
        return () -> forMethod.remove(listener);
    }

    private void dispatch(String method, JsonNode params) {
        JsonNode safe = params == null ? JsonNodeFactory.instance.objectNode() : params;
        for (Consumer<JsonNode> listener : listeners.getOrDefault(method, List.of())) {
            try {
                listener.accept(safe);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Listener for " + method + " failed", e);
            }
        }
    }
}
