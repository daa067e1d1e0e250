package io.agentwire.mcp.server;

import io.agentwire.mcp.model.MetaKeys;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.agentwire.jsonrpc.model.JsonRpcNotification;
import io.agentwire.jsonrpc.model.JsonRpcRequest;
import io.agentwire.mcp.McpServer;
import io.agentwire.mcp.McpServer.ListKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fans server-side changes out to the clients that asked for them: legacy sessions (every list change, and
 * updates of the resources they subscribed to) and modern {@code subscriptions/listen} streams (only what each
 * stream's filter names, tagged with the stream's subscription id).
 */
final class Subscriptions {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One open {@code subscriptions/listen} stream and the filter the server agreed to. */
    private record Listener(JsonNode subscriptionId, Set<ListKind> lists, Set<String> resources, ResponseSink sink) {
    }

    private final Set<LegacySession> sessions = ConcurrentHashMap.newKeySet();
    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();

    Subscriptions(McpServer server) {
        server.onListChanged(this::listChanged);
        server.onResourceUpdated(this::resourceUpdated);
    }

    void attach(LegacySession session) {
        sessions.add(session);
    }

    void detach(LegacySession session) {
        sessions.remove(session);
    }

    void listen(JsonRpcRequest request, ResponseSink sink) {
        JsonNode filter = request.params() == null ? NODES.objectNode() : request.params().path("notifications");
        Set<ListKind> lists = ConcurrentHashMap.newKeySet();
        ObjectNode agreed = NODES.objectNode();
        addIf(filter, "toolsListChanged", ListKind.TOOLS, lists, agreed);
        addIf(filter, "promptsListChanged", ListKind.PROMPTS, lists, agreed);
        addIf(filter, "resourcesListChanged", ListKind.RESOURCES, lists, agreed);
        Set<String> resources = ConcurrentHashMap.newKeySet();
        JsonNode uris = filter.path("resourceSubscriptions");
        if (uris.isArray() && !uris.isEmpty()) {
            uris.forEach(uri -> resources.add(uri.asString()));
            agreed.set("resourceSubscriptions", uris);
        }
        Listener listener = new Listener(request.id().toJson(), lists, resources, sink);
        ObjectNode ack = tagged(listener);
        ack.set("notifications", agreed);
        sink.notify(new JsonRpcNotification("notifications/subscriptions/acknowledged", ack));
        listeners.add(listener);
        sink.onAbandoned(() -> listeners.remove(listener));
    }

    private static void addIf(JsonNode filter, String field, ListKind kind, Set<ListKind> lists, ObjectNode agreed) {
        if (filter.path(field).asBoolean(false)) {
            lists.add(kind);
            agreed.put(field, true);
        }
    }

    private static ObjectNode tagged(Listener listener) {
        ObjectNode params = NODES.objectNode();
        params.putObject("_meta").set(MetaKeys.SUBSCRIPTION_ID, listener.subscriptionId());
        return params;
    }

    private void listChanged(ListKind kind) {
        for (LegacySession session : sessions) {
            session.sendUnsolicited(new JsonRpcNotification(kind.notificationMethod(), null));
        }
        for (Listener listener : List.copyOf(listeners)) {
            if (listener.lists().contains(kind)) {
                listener.sink().notify(new JsonRpcNotification(kind.notificationMethod(), tagged(listener)));
            }
        }
    }

    private void resourceUpdated(String uri) {
        for (LegacySession session : sessions) {
            if (session.subscriptions().contains(uri)) {
                session.sendUnsolicited(new JsonRpcNotification("notifications/resources/updated", NODES.objectNode().put("uri", uri)));
            }
        }
        for (Listener listener : List.copyOf(listeners)) {
            if (listener.resources().contains(uri)) {
                listener.sink().notify(new JsonRpcNotification("notifications/resources/updated", tagged(listener).put("uri", uri)));
            }
        }
    }
}
