package io.agentwire.a2a.compat;

import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.json.ProtoJson;
import io.agentwire.a2a.model.CancelTaskRequest;
import io.agentwire.a2a.model.DeleteTaskPushNotificationConfigRequest;
import io.agentwire.a2a.model.GetExtendedAgentCardRequest;
import io.agentwire.a2a.model.GetTaskPushNotificationConfigRequest;
import io.agentwire.a2a.model.GetTaskRequest;
import io.agentwire.a2a.model.ListTaskPushNotificationConfigsRequest;
import io.agentwire.a2a.model.SendMessageRequest;
import io.agentwire.a2a.model.SubscribeToTaskRequest;
import io.agentwire.a2a.model.TaskPushNotificationConfig;
import io.agentwire.a2a.server.A2aOperations;
import io.agentwire.a2a.server.CallContext;
import io.agentwire.a2a.transport.CallerResolver;
import io.agentwire.a2a.transport.ServiceParameters;
import io.agentwire.a2a.transport.SseStreamSink;
import io.agentwire.jsonrpc.JsonRpcException;
import io.agentwire.jsonrpc.codec.JsonRpcCodec;
import io.agentwire.jsonrpc.model.JsonRpcMessage;
import io.agentwire.jsonrpc.model.JsonRpcRequest;
import io.agentwire.jsonrpc.transport.http.HttpExchange;
import io.agentwire.jsonrpc.transport.http.HttpHandler;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The A2A 0.3 JSON-RPC interface over the same engine: {@code message/send}, {@code message/stream},
 * {@code tasks/get}, {@code tasks/cancel}, {@code tasks/resubscribe}, {@code tasks/pushNotificationConfig/*} and
 * {@code agent/getAuthenticatedExtendedCard}, in 0.3's shapes ({@link V03Shapes}). It serves requests whose
 * {@code A2A-Version} is absent, empty or 0.3; others get {@code VersionNotSupportedError}. Errors carry the same
 * codes as in 1.0, with 0.3's free-form {@code data} left out.
 */
public final class V03JsonRpcBinding implements HttpHandler {
    private static final Map<String, String> JSON_HEADERS = Map.of("Content-Type", "application/json");

    private final Supplier<A2aOperations> operations;
    private final CallerResolver callers;
    private final JsonRpcCodec codec = JsonRpcCodec.standard();

    public V03JsonRpcBinding(Supplier<A2aOperations> operations, CallerResolver callers) {
        this.operations = operations;
        this.callers = callers;
    }

    @Override
    public void handle(HttpExchange exchange) {
        if (!"POST".equals(exchange.method())) {
            exchange.respond(405, Map.of("Allow", "POST"), new byte[0]);
            return;
        }
        JsonNode id = null;
        try {
            JsonRpcMessage message = codec.decodeSingle(exchange.body());
            if (!(message instanceof JsonRpcRequest)) {
                throw new A2aException(A2aError.INVALID_REQUEST, "Expected a request with an id");
            }
            JsonRpcRequest request = (JsonRpcRequest) message;
            id = request.id().toJson();
            CallContext call = ServiceParameters.callContext(exchange, ServiceParameters.LEGACY_VERSION, callers.caller(exchange), "");
            JsonNode params = request.params() == null ? codec.mapper().createObjectNode() : request.params();
            dispatch(exchange, id, request.method(), params, call);
        } catch (A2aException e) {
            respond(exchange, error(id, e));
        } catch (JsonRpcException e) {
            JsonNode requestId = id != null ? id : e.requestId() == null ? null : e.requestId().toJson();
            respond(exchange, error(requestId, new A2aException(A2aError.fromJsonRpcCode(e.code()), e.getMessage())));
        }
    }

    private void dispatch(HttpExchange exchange, JsonNode id, String method, JsonNode params, CallContext call) {
        A2aOperations ops = operations.get();
        switch (method) {
            case "message/send":
                ops.sendMessage(call, ProtoJson.parse(json(V03Shapes.sendParamsIn(params)), SendMessageRequest.newBuilder()).build())
                        .whenComplete((result, failure) -> respond(exchange, failure != null ? error(id, A2aException.from(failure))
                                : result(id, V03Shapes.eventOut(tree(ProtoJson.print(result))))));
                return;
            case "message/stream":
                SendMessageRequest send = ProtoJson.parse(json(V03Shapes.sendParamsIn(params)), SendMessageRequest.newBuilder()).build();
                ops.sendStreamingMessage(call, send, stream(exchange, id));
                return;
            case "tasks/resubscribe":
                ops.subscribeToTask(call, SubscribeToTaskRequest.newBuilder().setId(text(params, "id")).build(), stream(exchange, id));
                return;
            default:
                respond(exchange, result(id, unary(ops, method, params, call)));
        }
    }

    private JsonNode unary(A2aOperations ops, String method, JsonNode params, CallContext call) {
        switch (method) {
            case "tasks/get": {
                GetTaskRequest.Builder get = GetTaskRequest.newBuilder().setId(text(params, "id"));
                if (params.has("historyLength")) {
                    get.setHistoryLength(params.path("historyLength").asInt());
                }
                return V03Shapes.taskOut(tree(ProtoJson.print(ops.getTask(call, get.build()))));
            }
            case "tasks/cancel":
                return V03Shapes.taskOut(tree(ProtoJson.print(ops.cancelTask(call, CancelTaskRequest.newBuilder().setId(text(params, "id")).build()))));
            case "tasks/pushNotificationConfig/set": {
                String taskId = text(params, "taskId");
                TaskPushNotificationConfig config = ProtoJson.parse(json(V03Shapes.pushConfigIn(params.path("pushNotificationConfig"), taskId)),
                        TaskPushNotificationConfig.newBuilder()).build();
                return V03Shapes.pushConfigOut(tree(ProtoJson.print(ops.createPushConfig(call, config))));
            }
            case "tasks/pushNotificationConfig/get": {
                String configId = params.path("pushNotificationConfigId").asString("");
                if (configId.isEmpty()) {
                    // 0.3 allowed asking for "the" config of a task: the first one answers.
                    return firstConfig(ops, call, text(params, "id"));
                }
                return V03Shapes.pushConfigOut(tree(ProtoJson.print(ops.getPushConfig(call, GetTaskPushNotificationConfigRequest.newBuilder()
                        .setTaskId(text(params, "id")).setId(configId).build()))));
            }
            case "tasks/pushNotificationConfig/list": {
                ArrayNode list = codec.mapper().createArrayNode();
                JsonNode configs = tree(ProtoJson.print(ops.listPushConfigs(call, ListTaskPushNotificationConfigsRequest.newBuilder()
                        .setTaskId(text(params, "id")).build()))).path("configs");
                configs.forEach(c -> list.add(V03Shapes.pushConfigOut(c)));
                return list;
            }
            case "tasks/pushNotificationConfig/delete":
                ops.deletePushConfig(call, DeleteTaskPushNotificationConfigRequest.newBuilder().setTaskId(text(params, "id"))
                        .setId(params.path("pushNotificationConfigId").asString("")).build());
                return codec.mapper().nullNode();
            case "agent/getAuthenticatedExtendedCard":
                return tree(ProtoJson.print(ops.getExtendedAgentCard(call, GetExtendedAgentCardRequest.getDefaultInstance())));
            default:
                throw new A2aException(A2aError.METHOD_NOT_FOUND, "No 0.3 method " + method);
        }
    }

    private JsonNode firstConfig(A2aOperations ops, CallContext call, String taskId) {
        JsonNode configs = tree(ProtoJson.print(ops.listPushConfigs(call, ListTaskPushNotificationConfigsRequest.newBuilder()
                .setTaskId(taskId).build()))).path("configs");
        if (configs.isEmpty()) {
            throw new A2aException(A2aError.TASK_NOT_FOUND, "Task " + taskId + " has no push notification config");
        }
        return V03Shapes.pushConfigOut(configs.get(0));
    }

    private SseStreamSink stream(HttpExchange exchange, JsonNode id) {
        return new SseStreamSink(() -> exchange.openSse(200, Map.of("X-Accel-Buffering", "no")),
                event -> result(id, V03Shapes.eventOut(tree(ProtoJson.print(event)))), error -> error(id, error),
                error -> respond(exchange, error(id, error)));
    }

    private static String text(JsonNode params, String field) {
        String value = params.path(field).asString("");
        if (value.isEmpty()) {
            throw A2aException.invalidParams(field + " is required");
        }
        return value;
    }

    private String result(JsonNode id, JsonNode result) {
        ObjectNode body = codec.mapper().createObjectNode().put("jsonrpc", "2.0");
        body.set("id", id);
        body.set("result", result);
        return json(body);
    }

    private String error(JsonNode id, A2aException error) {
        ObjectNode body = codec.mapper().createObjectNode().put("jsonrpc", "2.0");
        body.set("id", id == null ? codec.mapper().nullNode() : id);
        body.putObject("error").put("code", error.error().jsonRpcCode()).put("message", error.getMessage());
        return json(body);
    }

    private String json(JsonNode node) {
        return codec.mapper().writeValueAsString(node);
    }

    private JsonNode tree(String json) {
        return codec.mapper().readTree(json);
    }

    private static void respond(HttpExchange exchange, String json) {
        exchange.respond(200, JSON_HEADERS, json.getBytes(StandardCharsets.UTF_8));
    }
}
