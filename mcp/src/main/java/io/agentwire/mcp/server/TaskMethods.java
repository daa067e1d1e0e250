package io.agentwire.mcp.server;

import java.util.LinkedHashMap;
import java.util.Map;

import io.agentwire.jsonrpc.JsonRpcException;
import io.agentwire.jsonrpc.model.JsonRpcError;
import io.agentwire.mcp.McpException;
import io.agentwire.mcp.server.ServerRuntime.MethodCall;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The task methods of both generations: the 2026-07-28 extension ({@code tasks/get} with the result inlined,
 * {@code tasks/update}, {@code tasks/cancel}, all gated on the extension) and the 2025-11-25 experimental surface
 * ({@code tasks/get}, {@code tasks/result}, {@code tasks/list}, {@code tasks/cancel}).
 */
final class TaskMethods {
    private final TaskManager tasks;
    private final JsonMapper mapper;

    TaskMethods(TaskManager tasks, JsonMapper mapper) {
        this.tasks = tasks;
        this.mapper = mapper;
    }

    static void register(ServerRuntime runtime, TaskMethods m) {
        runtime.register("tasks/get", m::get, true, true);
        runtime.register("tasks/cancel", m::cancel, true, true);
        runtime.register("tasks/update", m::update, false, true);
        runtime.register("tasks/list", m::list, true, false);
        runtime.register("tasks/result", new ServerRuntime.MethodHandler() {
            @Override
            public JsonNode handle(MethodCall call) {
                return m.result(call);
            }

            @Override
            public boolean blocking(io.agentwire.jsonrpc.model.JsonRpcRequest request) {
                return true; // waits for the task to end
            }
        }, true, false);
    }

    private TaskRecord task(MethodCall call) {
        if (call.scope().isModern() && !TaskManager.negotiated(call.scope())) {
            throw TaskManager.extensionRequired();
        }
        return tasks.require(call.params(), call.scope());
    }

    private JsonNode get(MethodCall call) {
        TaskRecord task = task(call);
        return call.scope().isModern() ? task.modernJson(mapper, true) : task.legacyJson(mapper);
    }

    private JsonNode cancel(MethodCall call) {
        TaskRecord task = task(call);
        if (!call.scope().isModern() && task.status().terminal()) {
            throw McpException.invalidParams("Task " + task.id() + " already ended: " + task.status().wire);
        }
        task.cancel();
        if (call.scope().isModern()) {
            return mapper.createObjectNode().put("resultType", "complete");
        }
        return task.legacyJson(mapper);
    }

    private JsonNode update(MethodCall call) {
        TaskRecord task = task(call);
        JsonNode responses = call.params().path("inputResponses");
        if (!responses.isObject()) {
            throw McpException.invalidParams("inputResponses must be an object");
        }
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        responses.properties().forEach(e -> answers.put(e.getKey(), e.getValue()));
        task.supply(answers);
        return mapper.createObjectNode().put("resultType", "complete");
    }

    private JsonNode list(MethodCall call) {
        ObjectNode result = mapper.createObjectNode();
        ArrayNode array = result.putArray("tasks");
        tasks.ownedBy(call.scope().session()).forEach(t -> array.add(t.legacyJson(mapper)));
        return result;
    }

    private JsonNode result(MethodCall call) {
        TaskRecord task = task(call);
        try {
            task.awaitTerminal();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JsonRpcException(JsonRpcError.INTERNAL_ERROR, "Interrupted while waiting for task " + task.id());
        }
        if (task.status() == TaskRecord.Status.COMPLETED) {
            ObjectNode result = ((ObjectNode) task.result()).deepCopy();
            result.putObject("_meta").putObject("io.modelcontextprotocol/related-task").put("taskId", task.id());
            return result;
        }
        JsonRpcError error = task.status() == TaskRecord.Status.FAILED ? task.error()
                : new JsonRpcError(JsonRpcError.INVALID_PARAMS, "Task " + task.id() + " was cancelled");
        throw new JsonRpcException(error);
    }
}
