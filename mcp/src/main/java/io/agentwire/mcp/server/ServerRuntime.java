package io.agentwire.mcp.server;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;

import io.agentwire.jsonrpc.JsonRpcException;
import io.agentwire.jsonrpc.model.JsonRpcError;
import io.agentwire.jsonrpc.model.JsonRpcErrorResponse;
import io.agentwire.jsonrpc.model.JsonRpcId;
import io.agentwire.jsonrpc.model.JsonRpcNotification;
import io.agentwire.jsonrpc.model.JsonRpcRequest;
import io.agentwire.jsonrpc.model.JsonRpcResult;
import io.agentwire.mcp.McpServer;
import io.agentwire.mcp.ProtocolVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The protocol engine of one {@link McpServer}: takes JSON-RPC requests and notifications in a {@link CallScope},
 * runs the matching feature on the handler executor and answers through the {@link ResponseSink}. Transports own
 * the carrier; this class owns the MCP semantics shared by every carrier and every revision.
 */
public final class ServerRuntime {
    private static final System.Logger LOG = System.getLogger(ServerRuntime.class.getName());

    private final McpServer server;
    private final JsonMapper mapper;
    private final RequestStateSeal seal;
    private final Map<String, MethodHandler> legacyMethods = new HashMap<>();
    private final Map<String, MethodHandler> modernMethods = new HashMap<>();
    private final Subscriptions subscriptions;
    private final TaskManager tasks;
    private final java.util.concurrent.Semaphore inFlight;

    /** Implementation-defined code (-32000..-32019 band) for requests refused because the server is saturated. */
    public static final int SERVER_OVERLOADED = -32000;

    public ServerRuntime(McpServer server, JsonMapper mapper) {
        this.server = server;
        this.mapper = mapper;
        this.seal = new RequestStateSeal(server.stateKey());
        this.subscriptions = new Subscriptions(server);
        this.tasks = new TaskManager(mapper);
        this.inFlight = new java.util.concurrent.Semaphore(server.maxInFlightRequests());
        ServerMethods.register(this, new ServerMethods(this));
        TaskMethods.register(this, new TaskMethods(tasks, mapper));
    }

    public McpServer server() {
        return server;
    }

    public JsonMapper mapper() {
        return mapper;
    }

    RequestStateSeal seal() {
        return seal;
    }

    Subscriptions subscriptions() {
        return subscriptions;
    }

    TaskManager tasks() {
        return tasks;
    }

    void register(String method, MethodHandler handler, boolean legacy, boolean modern) {
        if (legacy) {
            legacyMethods.put(method, handler);
        }
        if (modern) {
            modernMethods.put(method, handler);
        }
    }

    /** Whether the method exists in the given era; transports use it to answer unknown methods early. */
    public boolean knows(String method, boolean modern) {
        return (modern ? modernMethods : legacyMethods).containsKey(method);
    }

    /** Creates a legacy session whose list-change and resource-update notifications reach its outlet. */
    public LegacySession openSession(String id) {
        LegacySession session = new LegacySession(id);
        subscriptions.attach(session);
        return session;
    }

    public void closeSession(LegacySession session) {
        subscriptions.detach(session);
        session.close();
    }

    /** Serves one request asynchronously; exactly one response reaches the sink (unless cancelled). */
    public void handle(JsonRpcRequest request, CallScope scope, ResponseSink sink) {
        MethodHandler handler = (scope.isModern() ? modernMethods : legacyMethods).get(request.method());
        if (handler == null) {
            sink.respond(error(request.id(), new JsonRpcError(JsonRpcError.METHOD_NOT_FOUND, "Method not found: " + request.method())));
            return;
        }
        if (!handler.blocking(request)) {
            runNow(handler, request, scope, sink);
            return;
        }
        if (!inFlight.tryAcquire()) {
            // a bounded server sheds load at once instead of queueing without limit
            sink.respond(error(request.id(), new JsonRpcError(SERVER_OVERLOADED, "Server overloaded: too many requests in flight")));
            return;
        }
        PermitReturningSink bounded = new PermitReturningSink(sink, inFlight);
        try {
            server.executor().execute(() -> {
                try {
                    runNow(handler, request, scope, bounded);
                } finally {
                    bounded.release(); // no-op if the response already returned it
                }
            });
        } catch (RejectedExecutionException e) {
            bounded.respond(error(request.id(), new JsonRpcError(JsonRpcError.INTERNAL_ERROR, "Server is shutting down")));
        }
    }

    private void runNow(MethodHandler handler, JsonRpcRequest request, CallScope scope, ResponseSink sink) {
        LegacySession session = scope.session();
        try {
            JsonNode result = handler.handle(new MethodCall(request, scope, sink));
            if (result == null) {
                return; // the handler answers later (long-lived streams) or the request was cancelled
            }
            sink.respond(new JsonRpcResult(request.id(), decorate(result, scope)));
        } catch (JsonRpcException e) {
            sink.respond(error(request.id(), e.error()));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Handler for " + request.method() + " failed", e);
            sink.respond(error(request.id(), new JsonRpcError(JsonRpcError.INTERNAL_ERROR, "Internal error")));
        } finally {
            if (session != null) {
                session.untrack(request.id());
            }
        }
    }

    /** Handles a client notification: initialized, cancelled, roots changes. */
    public void handleNotification(JsonRpcNotification notification, CallScope scope) {
        LegacySession session = scope.session();
        if (session == null) {
            return; // modern-era notifications over HTTP carry nothing the server must act on
        }
        switch (notification.method()) {
            case "notifications/initialized" -> session.markInitialized();
            case "notifications/cancelled" -> {
                JsonRpcId id = JsonRpcId.fromJson(notification.params() == null ? null : notification.params().get("requestId"));
                if (id != null) {
                    session.cancel(id);
                }
            }
            default -> {
                // roots/list_changed and unknown notifications need no action
            }
        }
    }

    /** Adds the fields every modern-era result carries. */
    private JsonNode decorate(JsonNode result, CallScope scope) {
        if (scope.isModern() && result instanceof ObjectNode object && !object.has("resultType")) {
            object.put("resultType", "complete");
        }
        return result;
    }

    static JsonRpcErrorResponse error(JsonRpcId id, JsonRpcError error) {
        return new JsonRpcErrorResponse(id, error);
    }

    ObjectNode serverInfoJson() {
        return mapper.valueToTree(server.info());
    }

    /** One method implementation. */
    interface MethodHandler {
        JsonNode handle(MethodCall call) throws JsonRpcException;

        /** Whether this call may block (runs on the handler executor); quick ones run on the caller's thread. */
        default boolean blocking(JsonRpcRequest request) {
            return false;
        }
    }

    /** The arguments of one method invocation. */
    record MethodCall(JsonRpcRequest request, CallScope scope, ResponseSink sink) {
        JsonNode params() {
            return request.params() == null ? tools.jackson.databind.node.JsonNodeFactory.instance.objectNode() : request.params();
        }

        ProtocolVersion version() {
            return scope.version();
        }
    }
}
