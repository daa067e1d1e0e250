package io.agentwire.a2a.client;

import com.google.protobuf.Message;
import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.json.ProtoJson;
import io.agentwire.a2a.model.StreamResponse;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The HTTP+JSON binding, client side: each operation to its route, reads as query parameters, errors from the body. */
final class RestClientTransport implements ClientTransport {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String A2A_JSON = "application/a2a+json";

    private final String base;
    private final HttpCalls http;

    /** @param base the interface URL, with the tenant segment appended when the interface names one */
    RestClientTransport(String base, HttpCalls http) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.http = http;
    }

    /** One HTTP request of an operation: method, path below the base, and which request fields become the body. */
    private record Route(String method, String path, boolean body, ObjectNode query) {
    }

    private Route route(String operation, Message request) {
        ObjectNode fields = (ObjectNode) JSON.readTree(ProtoJson.print(request));
        String id = text(fields, "id");
        String taskId = text(fields, "taskId");
        fields.remove("tenant");
        switch (operation) {
            case "SendMessage":
                return new Route("POST", "/message:send", true, null);
            case "SendStreamingMessage":
                return new Route("POST", "/message:stream", true, null);
            case "GetTask":
                fields.remove("id");
                return new Route("GET", "/tasks/" + enc(id), false, fields);
            case "ListTasks":
                return new Route("GET", "/tasks", false, fields);
            case "CancelTask":
                return new Route("POST", "/tasks/" + enc(id) + ":cancel", true, null);
            case "SubscribeToTask":
                return new Route("POST", "/tasks/" + enc(id) + ":subscribe", false, null);
            case "CreateTaskPushNotificationConfig":
                return new Route("POST", "/tasks/" + enc(taskId) + "/pushNotificationConfigs", true, null);
            case "GetTaskPushNotificationConfig":
                return new Route("GET", "/tasks/" + enc(taskId) + "/pushNotificationConfigs/" + enc(id), false, null);
            case "ListTaskPushNotificationConfigs":
                fields.remove("taskId");
                return new Route("GET", "/tasks/" + enc(taskId) + "/pushNotificationConfigs", false, fields);
            case "DeleteTaskPushNotificationConfig":
                return new Route("DELETE", "/tasks/" + enc(taskId) + "/pushNotificationConfigs/" + enc(id), false, null);
            case "GetExtendedAgentCard":
                return new Route("GET", "/extendedAgentCard", false, null);
            default:
                throw new A2aException(A2aError.METHOD_NOT_FOUND, "No HTTP+JSON route for " + operation);
        }
    }

    private HttpRequest request(String operation, Message request) {
        Route route = route(operation, request);
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        if (route.query() != null) {
            route.query().properties().forEach(e -> query.add(enc(e.getKey()) + "=" + enc(e.getValue().isString()
                    ? e.getValue().stringValue() : e.getValue().toString())));
        }
        return http.request(URI.create(base + route.path() + query), Map.of("Accept", A2A_JSON + ", text/event-stream"),
                route.method(), A2A_JSON, route.body() ? ProtoJson.print(request) : null);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends Message> T call(String operation, Message request, T responseType) {
        String body = http.sendForBody(request(operation, request), RestClientTransport::failure);
        return (T) ProtoJson.parse(body, responseType.newBuilderForType()).build();
    }

    @Override
    public CompletableFuture<Void> stream(String operation, Message request, Consumer<StreamResponse> events) {
        return http.stream(request(operation, request), data -> ProtoJson.parse(data, StreamResponse.newBuilder()).build(),
                events, RestClientTransport::failure);
    }

    /** A {@code google.rpc.Status} body: the reason from its ErrorInfo, else the HTTP status. */
    static A2aException failure(HttpResponse<String> response) {
        JsonNode error;
        try {
            error = JSON.readTree(response.body()).path("error");
        } catch (RuntimeException notJson) {
            error = JSON.missingNode();
        }
        A2aError kind = null;
        for (JsonNode detail : error.path("details")) {
            kind = kind != null ? kind : A2aError.fromReason(detail.path("reason").asString(""));
        }
        if (kind == null) {
            kind = response.statusCode() == 404 ? A2aError.TASK_NOT_FOUND
                    : response.statusCode() == 401 ? A2aError.UNAUTHENTICATED
                    : response.statusCode() == 403 ? A2aError.PERMISSION_DENIED
                    : response.statusCode() >= 500 ? A2aError.INTERNAL_ERROR : A2aError.INVALID_REQUEST;
        }
        return new A2aException(kind, error.path("message").asString("HTTP " + response.statusCode()));
    }

    private static String text(ObjectNode fields, String name) {
        JsonNode value = fields.get(name);
        return value == null ? "" : value.asString("");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public void close() {
        // the HTTP client belongs to the A2aClient
    }
}
