package io.agentwire.a2a.transport.jsonrpc;

import com.google.protobuf.Message;
import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.json.ProtoJson;
import io.agentwire.a2a.model.CancelTaskRequest;
import io.agentwire.a2a.model.DeleteTaskPushNotificationConfigRequest;
import io.agentwire.a2a.model.GetExtendedAgentCardRequest;
import io.agentwire.a2a.model.GetTaskPushNotificationConfigRequest;
import io.agentwire.a2a.model.GetTaskRequest;
import io.agentwire.a2a.model.ListTaskPushNotificationConfigsRequest;
import io.agentwire.a2a.model.ListTasksRequest;
import io.agentwire.a2a.model.SendMessageRequest;
import io.agentwire.a2a.model.SubscribeToTaskRequest;
import io.agentwire.a2a.model.TaskPushNotificationConfig;
import io.agentwire.a2a.server.A2aOperations;
import io.agentwire.a2a.server.CallContext;
import io.agentwire.a2a.transport.CallerResolver;
import io.agentwire.a2a.transport.JsonRpcIntake;
import io.agentwire.a2a.transport.ServiceParameters;
import io.agentwire.a2a.transport.SseStreamSink;
import io.agentwire.jsonrpc.JsonRpcException;
import io.agentwire.jsonrpc.codec.JsonRpcCodec;
import io.agentwire.jsonrpc.model.JsonRpcRequest;
import io.agentwire.jsonrpc.transport.http.HttpExchange;
import io.agentwire.jsonrpc.transport.http.HttpHandler;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * The JSON-RPC 2.0 binding of A2A 1.0 (specification section 9): {@code POST} a request whose method is the
 * operation's PascalCase name; unary results come back as {@code application/json}, the two streaming operations as
 * server-sent events, each {@code data:} a whole JSON-RPC response holding one {@code StreamResponse}.
 */
public final class JsonRpcBinding implements HttpHandler {
    static final String JSON = "application/json";
    private static final Map<String, String> JSON_HEADERS = Map.of("Content-Type", JSON);

    private final Supplier<A2aOperations> operations;
    private final CallerResolver callers;
    private final String version;
    private final JsonRpcCodec codec = JsonRpcCodec.standard();
    private final JsonRpcEnvelope envelope = new JsonRpcEnvelope(codec.mapper());

    /**
     * @param operations the engine (supplied late: it needs the card, which needs the bound port)
     * @param version    the A2A version this interface speaks, {@code "1.0"}
     */
    public JsonRpcBinding(Supplier<A2aOperations> operations, CallerResolver callers, String version) {
        this.operations = operations;
        this.callers = callers;
        this.version = version;
    }

    @Override
    public void handle(HttpExchange exchange) {
        JsonNode id = null;
        try {
            JsonRpcRequest request = JsonRpcIntake.read(exchange, codec);
            if (request == null) {
                return;
            }
            id = request.id().toJson();
            String caller = callers.caller(exchange);
            CallContext call = ServiceParameters.callContext(exchange, version, caller, "");
            dispatch(exchange, id, request.method(), request.params(), call);
        } catch (A2aException e) {
            respond(exchange, e.error().httpStatus() == 401 ? 401 : 200, envelope.error(id, e));
        } catch (JsonRpcException e) {
            A2aError error = A2aError.fromJsonRpcCode(e.code());
            JsonNode requestId = id != null ? id : e.requestId() == null ? null : e.requestId().toJson();
            respond(exchange, 200, envelope.error(requestId, error, e.getMessage()));
        }
    }

    private void dispatch(HttpExchange exchange, JsonNode id, String method, JsonNode params, CallContext call) {
        A2aOperations ops = operations.get();
        switch (method) {
            case "SendMessage":
                ops.sendMessage(call, parse(params, SendMessageRequest.newBuilder()).build())
                        .whenComplete((result, error) -> {
                            if (error != null) {
                                respond(exchange, 200, envelope.error(id, A2aException.from(error)));
                            } else {
                                respond(exchange, 200, envelope.result(id, result));
                            }
                        });
                return;
            case "SendStreamingMessage":
                SendMessageRequest send = parse(params, SendMessageRequest.newBuilder()).build();
                ops.sendStreamingMessage(call, send, stream(exchange, id));
                return;
            case "SubscribeToTask":
                SubscribeToTaskRequest subscribe = parse(params, SubscribeToTaskRequest.newBuilder()).build();
                ops.subscribeToTask(call, subscribe, stream(exchange, id));
                return;
            default:
                respond(exchange, 200, envelope.result(id, unary(ops, method, params, call)));
        }
    }

    private Message unary(A2aOperations ops, String method, JsonNode params, CallContext call) {
        switch (method) {
            case "GetTask":
                return ops.getTask(call, parse(params, GetTaskRequest.newBuilder()).build());
            case "ListTasks":
                return ops.listTasks(call, parse(params, ListTasksRequest.newBuilder()).build());
            case "CancelTask":
                return ops.cancelTask(call, parse(params, CancelTaskRequest.newBuilder()).build());
            case "CreateTaskPushNotificationConfig":
                return ops.createPushConfig(call, parse(params, TaskPushNotificationConfig.newBuilder()).build());
            case "GetTaskPushNotificationConfig":
                return ops.getPushConfig(call, parse(params, GetTaskPushNotificationConfigRequest.newBuilder()).build());
            case "ListTaskPushNotificationConfigs":
                return ops.listPushConfigs(call, parse(params, ListTaskPushNotificationConfigsRequest.newBuilder()).build());
            case "DeleteTaskPushNotificationConfig":
                ops.deletePushConfig(call, parse(params, DeleteTaskPushNotificationConfigRequest.newBuilder()).build());
                return com.google.protobuf.Empty.getDefaultInstance();
            case "GetExtendedAgentCard":
                return ops.getExtendedAgentCard(call, parse(params, GetExtendedAgentCardRequest.newBuilder()).build());
            default:
                throw new A2aException(A2aError.METHOD_NOT_FOUND, "No method " + method);
        }
    }

    /** Straight from the request's tree: printing {@code params} back to text to parse it again cost every call. */
    private static <B extends Message.Builder> B parse(JsonNode params, B builder) {
        return params == null ? builder : ProtoJson.parse(params, builder);
    }

    private SseStreamSink stream(HttpExchange exchange, JsonNode id) {
        return new SseStreamSink(() -> exchange.openSse(200, Map.of("X-Accel-Buffering", "no")),
                event -> envelope.resultText(id, event), error -> envelope.error(id, error),
                error -> respond(exchange, 200, envelope.error(id, error)));
    }


    private static void respond(HttpExchange exchange, int status, String json) {
        respond(exchange, status, json.getBytes(StandardCharsets.UTF_8));
    }

    private static void respond(HttpExchange exchange, int status, byte[] json) {
        exchange.respond(status, JSON_HEADERS, json);
    }
}
