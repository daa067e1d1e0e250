package io.agentwire.a2a.client;

import com.google.protobuf.Message;
import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.json.ProtoJson;
import io.agentwire.a2a.model.StreamResponse;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/** The JSON-RPC binding, client side: one POST per call, methods named as the operations. */
final class JsonRpcClientTransport implements ClientTransport {
    private static final Map<String, String> HEADERS = Map.of("Content-Type", "application/json",
            "Accept", "application/json, text/event-stream");

    private final URI endpoint;
    private final HttpCalls http;
    private final AtomicLong ids = new AtomicLong();

    JsonRpcClientTransport(URI endpoint, HttpCalls http) {
        this.endpoint = endpoint;
        this.http = http;
    }

    private HttpRequest request(String operation, Message params) {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":" + ids.incrementAndGet() + ",\"method\":\"" + operation
                + "\",\"params\":" + ProtoJson.print(params) + "}";
        return http.request(endpoint, HEADERS).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    @Override
    public <T extends Message> T call(String operation, Message request, T responseType) {
        HttpResponse<String> response = http.send(request(operation, request));
        return result(response.body(), responseType);
    }

    @Override
    public CompletableFuture<Void> stream(String operation, Message request, Consumer<StreamResponse> events) {
        return http.stream(request(operation, request), data -> result(data, StreamResponse.getDefaultInstance()), events,
                response -> failure(response.body()));
    }

    @SuppressWarnings("unchecked")
    private static <T extends Message> T result(String body, T responseType) {
        JsonNode result = JsonRpcReplies.result(body);
        return (T) ProtoJson.parse(result, responseType.newBuilderForType()).build();
    }

    private static A2aException failure(String body) {
        return JsonRpcReplies.failure(JsonRpcReplies.read(body));
    }

    @Override
    public void close() {
        // the HTTP client belongs to the A2aClient
    }
}
