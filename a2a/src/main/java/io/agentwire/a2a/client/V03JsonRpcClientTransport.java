package io.agentwire.a2a.client;

import com.google.protobuf.Message;
import io.agentwire.a2a.compat.V03Cards;
import io.agentwire.a2a.compat.V03JsonRpcBinding;
import io.agentwire.a2a.compat.V03Translator;
import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.model.CancelTaskRequest;
import io.agentwire.a2a.model.DeleteTaskPushNotificationConfigRequest;
import io.agentwire.a2a.model.GetTaskPushNotificationConfigRequest;
import io.agentwire.a2a.model.GetTaskRequest;
import io.agentwire.a2a.model.ListTaskPushNotificationConfigsRequest;
import io.agentwire.a2a.model.ListTaskPushNotificationConfigsResponse;
import io.agentwire.a2a.model.SendMessageRequest;
import io.agentwire.a2a.model.SendMessageResponse;
import io.agentwire.a2a.model.StreamResponse;
import io.agentwire.a2a.model.SubscribeToTaskRequest;
import io.agentwire.a2a.model.TaskPushNotificationConfig;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The A2A 0.3 JSON-RPC binding, client side: the 1.0 operations the client offers, sent under their 0.3 method names
 * with 0.3 shapes ({@code kind} tags, kebab-case states) and read back into the 1.0 model through the compat
 * translator. {@code ListTasks} has no 0.3 method and fails with UNSUPPORTED_OPERATION.
 */
final class V03JsonRpcClientTransport implements ClientTransport {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> HEADERS = Map.of("Content-Type", "application/json",
            "Accept", "application/json, text/event-stream");

    private final URI endpoint;
    private final HttpCalls http;
    private final AtomicLong ids = new AtomicLong();

    V03JsonRpcClientTransport(URI endpoint, HttpCalls http) {
        this.endpoint = endpoint;
        this.http = http.withVersion(V03JsonRpcBinding.VERSION);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends Message> T call(String operation, Message request, T responseType) {
        JsonNode result = JsonRpcReplies.result(body(http.send(post(method(operation), params(operation, request)))));
        switch (operation) {
            case "SendMessage":
                return (T) (isKind(result, "message")
                        ? SendMessageResponse.newBuilder().setMessage(V03Translator.fromV03Message(result)).build()
                        : SendMessageResponse.newBuilder().setTask(V03Translator.fromV03Task(result)).build());
            case "GetTask":
            case "CancelTask":
                return (T) V03Translator.fromV03Task(result);
            case "CreateTaskPushNotificationConfig":
            case "GetTaskPushNotificationConfig":
                return (T) V03Translator.fromV03PushConfig(result);
            case "ListTaskPushNotificationConfigs":
                ListTaskPushNotificationConfigsResponse.Builder list = ListTaskPushNotificationConfigsResponse.newBuilder();
                result.values().forEach(config -> list.addConfigs(V03Translator.fromV03PushConfig(config)));
                return (T) list.build();
            case "GetExtendedAgentCard":
                return (T) V03Cards.fromV03(result);
            default:
                return (T) responseType.getDefaultInstanceForType();
        }
    }

    @Override
    public CompletableFuture<Void> stream(String operation, Message request, Consumer<StreamResponse> events) {
        HttpRequest post = post(method(operation), params(operation, request));
        return http.stream(post, data -> V03Translator.fromV03Event(JsonRpcReplies.result(data)), events,
                response -> JsonRpcReplies.failure(JsonRpcReplies.read(response.body())));
    }

    /** 0.3 has no JSON-RPC code for refused credentials: the HTTP status (401, 403) says it. */
    private static String body(HttpResponse<String> response) {
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new A2aException(response.statusCode() == 401 ? A2aError.UNAUTHENTICATED : A2aError.PERMISSION_DENIED,
                    "HTTP " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String method(String operation) {
        switch (operation) {
            case "SendMessage": return "message/send";
            case "SendStreamingMessage": return "message/stream";
            case "GetTask": return "tasks/get";
            case "CancelTask": return "tasks/cancel";
            case "SubscribeToTask": return "tasks/resubscribe";
            case "CreateTaskPushNotificationConfig": return "tasks/pushNotificationConfig/set";
            case "GetTaskPushNotificationConfig": return "tasks/pushNotificationConfig/get";
            case "ListTaskPushNotificationConfigs": return "tasks/pushNotificationConfig/list";
            case "DeleteTaskPushNotificationConfig": return "tasks/pushNotificationConfig/delete";
            case "GetExtendedAgentCard": return "agent/getAuthenticatedExtendedCard";
            default:
                throw new A2aException(A2aError.UNSUPPORTED_OPERATION, operation + " has no A2A 0.3 method");
        }
    }

    /** The 0.3 params of a 1.0 request. */
    private static JsonNode params(String operation, Message request) {
        ObjectNode params = JSON.createObjectNode();
        switch (operation) {
            case "SendMessage":
            case "SendStreamingMessage":
                return V03Translator.toV03((SendMessageRequest) request);
            case "GetTask":
                GetTaskRequest get = (GetTaskRequest) request;
                params.put("id", get.getId());
                if (get.hasHistoryLength()) {
                    params.put("historyLength", get.getHistoryLength());
                }
                return params;
            case "CancelTask":
                return params.put("id", ((CancelTaskRequest) request).getId());
            case "SubscribeToTask":
                return params.put("id", ((SubscribeToTaskRequest) request).getId());
            case "CreateTaskPushNotificationConfig":
                return V03Translator.toV03((TaskPushNotificationConfig) request);
            case "GetTaskPushNotificationConfig":
                GetTaskPushNotificationConfigRequest read = (GetTaskPushNotificationConfigRequest) request;
                return params.put("id", read.getTaskId()).put("pushNotificationConfigId", read.getId());
            case "ListTaskPushNotificationConfigs":
                return params.put("id", ((ListTaskPushNotificationConfigsRequest) request).getTaskId());
            case "DeleteTaskPushNotificationConfig":
                DeleteTaskPushNotificationConfigRequest delete = (DeleteTaskPushNotificationConfigRequest) request;
                return params.put("id", delete.getTaskId()).put("pushNotificationConfigId", delete.getId());
            default:
                return params;
        }
    }

    private HttpRequest post(String method, JsonNode params) {
        ObjectNode body = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", ids.incrementAndGet()).put("method", method);
        body.set("params", params);
        return http.request(endpoint, HEADERS).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
    }

    private static boolean isKind(JsonNode result, String kind) {
        return kind.equals(result.path("kind").asString(""));
    }

    @Override
    public void close() {
        // the HTTP client belongs to the A2aClient
    }
}
