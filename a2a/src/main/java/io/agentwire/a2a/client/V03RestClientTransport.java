package io.agentwire.a2a.client;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import io.agentwire.a2a.compat.V03Cards;
import io.agentwire.a2a.compat.V03Errors;
import io.agentwire.a2a.compat.V03JsonRpcBinding;
import io.agentwire.a2a.compat.V03Protos;
import io.agentwire.a2a.compat.proto.V03Proto;
import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.model.CancelTaskRequest;
import io.agentwire.a2a.model.DeleteTaskPushNotificationConfigRequest;
import io.agentwire.a2a.model.GetTaskPushNotificationConfigRequest;
import io.agentwire.a2a.model.GetTaskRequest;
import io.agentwire.a2a.model.ListTaskPushNotificationConfigsRequest;
import io.agentwire.a2a.model.StreamResponse;
import io.agentwire.a2a.model.SubscribeToTaskRequest;
import io.agentwire.a2a.model.TaskPushNotificationConfig;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The A2A 0.3 HTTP+JSON binding, client side: each operation to its {@code /v1} route below the interface URL,
 * bodies in ProtoJSON of the 0.3 proto ({@code application/json}), the extended card from {@code GET /v1/card} as a
 * 0.3 JSON card. Subscribing uses {@code GET}, as the 0.3 proto routes it. Errors are read from the 0.3 error
 * name in the body ({@code {"error": "...TaskNotFoundError", "message": ...}}), else from a 1.0-style body or the
 * HTTP status.
 */
final class V03RestClientTransport implements ClientTransport {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonFormat.Printer PRINTER = JsonFormat.printer().omittingInsignificantWhitespace();
    private static final JsonFormat.Parser STRICT = JsonFormat.parser();
    private static final JsonFormat.Parser LENIENT = JsonFormat.parser().ignoringUnknownFields();
    private static final Map<String, String> HEADERS = Map.of("Accept", "application/json, text/event-stream");

    private final String base;
    private final HttpCalls http;

    /** @param url the interface URL, below which the {@code /v1} routes lie */
    V03RestClientTransport(String url, HttpCalls http) {
        this.base = (url.endsWith("/") ? url.substring(0, url.length() - 1) : url) + "/v1";
        this.http = http.withVersion(V03JsonRpcBinding.VERSION);
    }

    /** One HTTP request of an operation: the method, the path below {@code /v1}, and whether the 0.3 request is its body. */
    private record Route(String method, String path, boolean body) {
    }

    private static Route route(String operation, Message request) {
        switch (operation) {
            case "SendMessage":
                return new Route("POST", "/message:send", true);
            case "SendStreamingMessage":
                return new Route("POST", "/message:stream", true);
            case "GetTask":
                GetTaskRequest get = (GetTaskRequest) request;
                return new Route("GET", task(get.getId()) + (get.hasHistoryLength() ? "?historyLength=" + get.getHistoryLength() : ""), false);
            case "CancelTask":
                return new Route("POST", task(((CancelTaskRequest) request).getId()) + ":cancel", true);
            case "SubscribeToTask":
                return new Route("GET", task(((SubscribeToTaskRequest) request).getId()) + ":subscribe", false);
            case "CreateTaskPushNotificationConfig":
                return new Route("POST", configs(((TaskPushNotificationConfig) request).getTaskId()), true);
            case "GetTaskPushNotificationConfig":
                GetTaskPushNotificationConfigRequest read = (GetTaskPushNotificationConfigRequest) request;
                return new Route("GET", configs(read.getTaskId()) + "/" + enc(read.getId()), false);
            case "ListTaskPushNotificationConfigs":
                ListTaskPushNotificationConfigsRequest list = (ListTaskPushNotificationConfigsRequest) request;
                String page = list.getPageToken().isEmpty() ? "" : "?pageToken=" + enc(list.getPageToken());
                return new Route("GET", configs(list.getTaskId()) + page, false);
            case "DeleteTaskPushNotificationConfig":
                DeleteTaskPushNotificationConfigRequest delete = (DeleteTaskPushNotificationConfigRequest) request;
                return new Route("DELETE", configs(delete.getTaskId()) + "/" + enc(delete.getId()), false);
            case "GetExtendedAgentCard":
                return new Route("GET", "/card", false);
            default:
                throw new A2aException(A2aError.UNSUPPORTED_OPERATION, operation + " has no A2A 0.3 route");
        }
    }

    private HttpRequest request(String operation, Message request) {
        Route route = route(operation, request);
        Message v03 = V03ProtoCalls.request(operation, request);
        return http.request(URI.create(base + route.path()), HEADERS, route.method(), "application/json",
                route.body() ? print(v03) : null);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends Message> T call(String operation, Message request, T responseType) {
        String body = http.sendForBody(request(operation, request), V03RestClientTransport::failure);
        if ("GetExtendedAgentCard".equals(operation)) {
            return (T) V03Cards.fromV03(JSON.readTree(body));
        }
        Message.Builder result = V03ProtoCalls.resultBuilder(operation);
        merge(LENIENT, body, result);
        return (T) V03ProtoCalls.result(result.build());
    }

    @Override
    public CompletableFuture<Void> stream(String operation, Message request, Consumer<StreamResponse> events) {
        return http.stream(request(operation, request), V03RestClientTransport::event, events, V03RestClientTransport::failure);
    }

    /** One {@code data:} of a stream: a 0.3 {@code StreamResponse}, or the error that ended the stream. */
    private static StreamResponse event(String data) {
        V03Proto.StreamResponse.Builder event = V03Proto.StreamResponse.newBuilder();
        try {
            STRICT.merge(data, event);
        } catch (InvalidProtocolBufferException notStrictly) {
            A2aException error = error(JSON.readTree(data));
            if (error != null) {
                throw error;
            }
            event.clear();
            merge(LENIENT, data, event);
        }
        return V03Protos.fromV03(event.build());
    }

    static A2aException failure(HttpResponse<String> response) {
        A2aException error;
        try {
            error = error(JSON.readTree(response.body()));
        } catch (RuntimeException notJson) {
            error = null;
        }
        return error != null ? error : RestClientTransport.failure(response);
    }

    /** A 0.3 error body ({@code {"error": "<0.3 error name>", "message": ...}}), or {@code null}. */
    private static A2aException error(JsonNode body) {
        JsonNode name = body.path("error");
        A2aError kind = name.isString() ? V03Errors.fromName(name.stringValue()) : null;
        return kind == null ? null : new A2aException(kind, body.path("message").asString(kind.defaultMessage()));
    }

    private static void merge(JsonFormat.Parser parser, String json, Message.Builder builder) {
        try {
            parser.merge(json, builder);
        } catch (InvalidProtocolBufferException e) {
            throw new A2aException(A2aError.INVALID_AGENT_RESPONSE, "Not a 0.3 " + builder.getDescriptorForType().getName()
                    + ": " + e.getMessage(), e);
        }
    }

    private static String print(Message message) {
        try {
            return PRINTER.print(message);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("A 0.3 request without Any fields cannot fail to print", e);
        }
    }

    private static String task(String id) {
        return "/tasks/" + enc(id);
    }

    private static String configs(String taskId) {
        return task(taskId) + "/pushNotificationConfigs";
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public void close() {
        // the HTTP client belongs to the A2aClient
    }
}
