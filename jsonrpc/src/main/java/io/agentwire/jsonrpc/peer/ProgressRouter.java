package io.agentwire.jsonrpc.peer;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import io.agentwire.jsonrpc.model.JsonRpcId;
import io.agentwire.jsonrpc.model.JsonRpcNotification;
import tools.jackson.databind.JsonNode;

/**
 * Finds the listener for a progress notification: the notification's method must equal the configured progress
 * method and its {@code params.progressToken} must be a registered token. Tokens compare like request ids
 * (a string never equals a number), which is how MCP defines them.
 */
final class ProgressRouter {
    private final String progressMethod;
    private final Map<JsonRpcId, ProgressListener> listeners = new ConcurrentHashMap<>();

    /** @param progressMethod the notification method carrying progress, or {@code null} to route nothing */
    ProgressRouter(String progressMethod) {
        this.progressMethod = progressMethod;
    }

    Registration register(JsonNode token, ProgressListener listener) {
        Objects.requireNonNull(listener, "listener");
        JsonRpcId key = keyOf(token);
        if (key == null) {
            throw new IllegalArgumentException("A progress token must be a string or a number: " + token);
        }
        if (listeners.putIfAbsent(key, listener) != null) {
            throw new IllegalStateException("Progress token " + key + " is already registered");
        }
        return () -> listeners.remove(key, listener);
    }

    /** The listener the notification is for, or {@code null} when it is not a routed progress notification. */
    ProgressListener listenerFor(JsonRpcNotification notification) {
        if (progressMethod == null || !progressMethod.equals(notification.method())) {
            return null;
        }
        JsonNode params = notification.params();
        JsonRpcId key = params == null || !params.isObject() ? null : keyOf(params.get("progressToken"));
        return key == null ? null : listeners.get(key);
    }

    int size() {
        return listeners.size();
    }

    private static JsonRpcId keyOf(JsonNode token) {
        return JsonRpcId.fromJson(token);
    }
}
