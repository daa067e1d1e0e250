package io.agentwire.a2a.compat;

import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.model.GetExtendedAgentCardRequest;
import io.agentwire.a2a.model.GetTaskPushNotificationConfigRequest;
import io.agentwire.a2a.model.ListTaskPushNotificationConfigsRequest;
import io.agentwire.a2a.model.ListTaskPushNotificationConfigsResponse;
import io.agentwire.a2a.model.SendMessageRequest;
import io.agentwire.a2a.model.TaskPushNotificationConfig;
import io.agentwire.a2a.server.A2aOperations;
import io.agentwire.a2a.server.CallContext;
import io.agentwire.a2a.transport.CallerResolver;
import io.agentwire.a2a.transport.ServiceParameters;
import io.agentwire.a2a.transport.SseStreamSink;
import io.agentwire.jsonrpc.JsonRpcException;
import io.agentwire.jsonrpc.codec.JsonRpcCodec;
import io.agentwire.jsonrpc.model.JsonRpcError;
import io.agentwire.jsonrpc.model.JsonRpcMessage;
import io.agentwire.jsonrpc.model.JsonRpcRequest;
import io.agentwire.jsonrpc.transport.http.HttpExchange;
import io.agentwire.jsonrpc.transport.http.HttpHandler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * The JSON-RPC binding of A2A 0.3 over the 1.0 engine: {@code POST} a request whose method is a 0.3 name
 * ({@code message/send}, {@code tasks/get}, ...); results are 0.3 objects tagged with their {@code kind}, and the
 * two streaming methods answer with server-sent events whose {@code data:} is each a whole JSON-RPC response.
 * Requests must ask for 0.3: an absent or empty {@code A2A-Version} (which means 0.3) or {@code 0.3} itself; any
 * other version is refused with {@code VersionNotSupportedError} (-32009), so a 1.0 client that reaches this URL
 * by mistake learns so at once instead of misreading 0.3 shapes.
 */
public final class V03JsonRpcBinding implements HttpHandler {
    /** The version this interface speaks, as {@code A2A-Version} spells it. */
    public static final String VERSION = "0.3";
    private static final Map<String, String> JSON_HEADERS = Map.of("Content-Type", "application/json");

    private final Supplier<A2aOperations> operations;
    private final CallerResolver callers;
    private final String url;
    private final JsonRpcCodec codec = JsonRpcCodec.standard();

    /**
     * @param operations the engine (supplied late: it needs the card, which needs the bound port)
     * @param callers    authenticates requests, as for the 1.0 interfaces
     * @param url        where this interface answers: the main {@code url} of the 0.3 cards it hands out
     */
    public V03JsonRpcBinding(Supplier<A2aOperations> operations, CallerResolver callers, String url) {
        this.operations = Objects.requireNonNull(operations, "operations");
        this.callers = Objects.requireNonNull(callers, "callers");
        this.url = Objects.requireNonNull(url, "url");
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
                throw new JsonRpcException(JsonRpcError.INVALID_REQUEST, "Expected a request with an id");
            }
            JsonRpcRequest request = (JsonRpcRequest) message;
            id = request.id().toJson();
            CallContext call = ServiceParameters.callContext(exchange, VERSION, callers.caller(exchange), "");
            dispatch(exchange, id, request.method(), V03Requests.params(request.params()), call);
        } catch (A2aException e) {
            respondError(exchange, id, e);
        } catch (JsonRpcException e) {
            JsonNode requestId = id != null ? id : e.requestId() == null ? null : e.requestId().toJson();
            respond(exchange, 200, V03Envelope.error(requestId, A2aError.fromJsonRpcCode(e.code()), e.getMessage()));
        } catch (RuntimeException e) {
            // A translation bug must still answer the client, which would otherwise wait for its timeout.
            respondError(exchange, id, A2aException.from(e));
        }
    }

    private void dispatch(HttpExchange exchange, JsonNode id, String method, JsonNode params, CallContext call) {
        A2aOperations ops = operations.get();
        switch (method) {
            case "message/send":
                ops.sendMessage(call, send(params)).whenComplete((result, error) -> {
                    try {
                        if (error != null) {
                            respondError(exchange, id, A2aException.from(error));
                        } else {
                            respond(exchange, 200, V03Envelope.result(id, V03Tasks.toV03(result)));
                        }
                    } catch (RuntimeException e) {
                        respondError(exchange, id, A2aException.from(e));
                    }
                });
                return;
            case "message/stream":
                ops.sendStreamingMessage(call, send(params), stream(exchange, id));
                return;
            case "tasks/resubscribe":
                ops.subscribeToTask(call, V03Requests.subscribe(params), stream(exchange, id));
                return;
            default:
                respond(exchange, 200, V03Envelope.result(id, unary(ops, method, params, call)));
        }
    }

    /** The send's params, with its webhook (if any) marked for 0.3 notifications. */
    private static SendMessageRequest send(JsonNode params) {
        return V03Webhooks.markSend(V03Requests.send(params));
    }

    private JsonNode unary(A2aOperations ops, String method, JsonNode params, CallContext call) {
        switch (method) {
            case "tasks/get":
                return V03Tasks.toV03(ops.getTask(call, V03Requests.getTask(params)));
            case "tasks/cancel":
                return V03Tasks.toV03(ops.cancelTask(call, V03Requests.cancelTask(params)));
            case "tasks/pushNotificationConfig/set":
                return V03PushConfigs.toV03(ops.createPushConfig(call, V03Webhooks.mark(V03Requests.setPushConfig(params))));
            case "tasks/pushNotificationConfig/get":
                return V03PushConfigs.toV03(getPushConfig(ops, params, call));
            case "tasks/pushNotificationConfig/list":
                ArrayNode configs = V03Json.array();
                listPushConfigs(ops, V03Requests.pushTaskId(params), call).forEach(c -> configs.add(V03PushConfigs.toV03(c)));
                return configs;
            case "tasks/pushNotificationConfig/delete":
                ops.deletePushConfig(call, V03Requests.deletePushConfig(params));
                return null;
            case "agent/getAuthenticatedExtendedCard":
                return V03Cards.toV03Json(ops.getExtendedAgentCard(call, GetExtendedAgentCardRequest.getDefaultInstance()), url);
            default:
                throw new A2aException(A2aError.METHOD_NOT_FOUND, "No method " + method + " in A2A 0.3");
        }
    }

    /**
     * 0.3 lets {@code get} name the task alone ({@code TaskIdParams}). The task's own config is then the one whose id
     * is the task id (what {@code set} without an id creates); failing that, the task's first config.
     */
    private static TaskPushNotificationConfig getPushConfig(A2aOperations ops, JsonNode params, CallContext call) {
        String taskId = V03Requests.pushTaskId(params);
        String configId = V03Requests.pushConfigId(params);
        if (configId != null) {
            return ops.getPushConfig(call, GetTaskPushNotificationConfigRequest.newBuilder()
                    .setTaskId(taskId).setId(configId).build());
        }
        List<TaskPushNotificationConfig> configs = listPushConfigs(ops, taskId, call);
        return configs.stream().filter(c -> c.getId().equals(taskId)).findFirst()
                .or(() -> configs.stream().findFirst())
                .orElseThrow(() -> new A2aException(A2aError.TASK_NOT_FOUND, "Task " + taskId
                        + " has no push notification config"));
    }

    /** Every config of the task: 0.3's list has no paging, so all pages are read. */
    private static List<TaskPushNotificationConfig> listPushConfigs(A2aOperations ops, String taskId, CallContext call) {
        List<TaskPushNotificationConfig> configs = new ArrayList<>();
        String pageToken = "";
        do {
            ListTaskPushNotificationConfigsResponse page = ops.listPushConfigs(call, ListTaskPushNotificationConfigsRequest
                    .newBuilder().setTaskId(taskId).setPageToken(pageToken).build());
            configs.addAll(page.getConfigsList());
            pageToken = page.getNextPageToken();
        } while (!pageToken.isEmpty());
        return configs;
    }

    private static SseStreamSink stream(HttpExchange exchange, JsonNode id) {
        return new SseStreamSink(() -> exchange.openSse(200, Map.of("X-Accel-Buffering", "no")),
                event -> V03Envelope.result(id, V03Tasks.toV03(event)), error -> V03Envelope.error(id, error),
                error -> respondError(exchange, id, error));
    }

    /** An unauthenticated caller gets HTTP 401, as 0.3 asks of the extended card; every other error rides on 200. */
    private static void respondError(HttpExchange exchange, JsonNode id, A2aException error) {
        respond(exchange, error.error().httpStatus() == 401 ? 401 : 200, V03Envelope.error(id, error));
    }

    private static void respond(HttpExchange exchange, int status, String json) {
        exchange.respond(status, JSON_HEADERS, json.getBytes(StandardCharsets.UTF_8));
    }
}
