package io.agentwire.mcp.server;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.agentwire.jsonrpc.model.JsonRpcError;
import io.agentwire.jsonrpc.model.JsonRpcNotification;
import io.agentwire.mcp.McpException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The tasks of one server. Task ids are random UUIDs, unguessable, so a modern-era task (no session) is
 * reachable only by whoever received its id; legacy tasks are also scoped to the session that created them.
 * Tasks are forgotten once their TTL has passed.
 */
final class TaskManager {
    /** The extension id clients name to opt in, in the 2026-07-28 era. */
    static final String EXTENSION = "io.modelcontextprotocol/tasks";
    static final long DEFAULT_TTL_MILLIS = 5 * 60_000;
    static final long MAX_TTL_MILLIS = 60 * 60_000;
    static final long POLL_INTERVAL_MILLIS = 250;

    private final Map<String, TaskRecord> tasks = new ConcurrentHashMap<>();
    private final JsonMapper mapper;

    TaskManager(JsonMapper mapper) {
        this.mapper = mapper;
    }

    TaskRecord create(LegacySession owner, Long requestedTtlMillis) {
        sweep();
        long ttl = requestedTtlMillis == null || requestedTtlMillis <= 0
                ? DEFAULT_TTL_MILLIS : Math.min(requestedTtlMillis, MAX_TTL_MILLIS);
        TaskRecord task = new TaskRecord(UUID.randomUUID().toString(), owner, ttl, POLL_INTERVAL_MILLIS, this::changed);
        tasks.put(task.id(), task);
        return task;
    }

    /** The task with this id visible to the caller, or a {@code -32602} error. */
    TaskRecord require(JsonNode params, CallScope scope) {
        JsonNode idNode = params.get("taskId");
        if (idNode == null || !idNode.isString()) {
            throw McpException.invalidParams("taskId is required");
        }
        TaskRecord task = tasks.get(idNode.stringValue());
        if (task == null || task.owner() != scope.session()) {
            throw McpException.invalidParams("Unknown task: " + idNode.stringValue());
        }
        return task;
    }

    List<TaskRecord> ownedBy(LegacySession session) {
        return tasks.values().stream().filter(t -> t.owner() == session).toList();
    }

    /** Whether this modern request negotiated the tasks extension in its own {@code _meta}. */
    static boolean negotiated(CallScope scope) {
        return scope.clientCapabilities().path("extensions").has(EXTENSION);
    }

    static McpException extensionRequired() {
        ObjectNode data = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        data.putObject("requiredCapabilities").putObject("extensions").putObject(EXTENSION);
        return new McpException(McpException.MISSING_REQUIRED_CLIENT_CAPABILITY,
                "This request needs the " + EXTENSION + " extension", data);
    }

    static JsonRpcError asError(Throwable failure) {
        if (failure instanceof io.agentwire.jsonrpc.JsonRpcException rpc) {
            return rpc.error();
        }
        return new JsonRpcError(JsonRpcError.INTERNAL_ERROR, "Internal error");
    }

    /** Legacy sessions hear about status changes of their tasks ({@code notifications/tasks/status}). */
    private void changed(TaskRecord task) {
        LegacySession owner = task.owner();
        if (owner != null) {
            owner.sendUnsolicited(new JsonRpcNotification("notifications/tasks/status", task.legacyJson(mapper)));
        }
    }

    private void sweep() {
        Instant now = Instant.now();
        tasks.values().removeIf(task -> task.expired(now) && task.status().terminal());
    }
}
