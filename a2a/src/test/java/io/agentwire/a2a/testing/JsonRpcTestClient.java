package io.agentwire.a2a.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A deliberately plain JSON-RPC client for the tests: JDK HttpClient, JSON text in, trees out. */
public final class JsonRpcTestClient {
    public static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;
    private final AtomicInteger ids = new AtomicInteger();
    private String version = "1.0";

    public JsonRpcTestClient(String endpoint) {
        this.endpoint = URI.create(endpoint);
    }

    /** The A2A-Version header to send ({@code "1.0"} by default), or {@code null} for none, as 0.3 clients do. */
    public JsonRpcTestClient version(String value) {
        this.version = value;
        return this;
    }

    /** The whole JSON-RPC response. */
    public JsonNode call(String method, String paramsJson) throws IOException, InterruptedException {
        return JSON.readTree(send(body(method, paramsJson)).body());
    }

    /** The result, failing the test on an error response. */
    public JsonNode result(String method, String paramsJson) throws IOException, InterruptedException {
        JsonNode response = call(method, paramsJson);
        if (response.has("error")) {
            throw new AssertionError(method + " failed: " + response);
        }
        return response.get("result");
    }

    public HttpResponse<String> send(String body) throws IOException, InterruptedException {
        return http.send(request(body).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Every {@code data:} of an event stream, parsed, until the server ends it. */
    public List<JsonNode> stream(String method, String paramsJson) throws IOException, InterruptedException {
        HttpResponse<java.io.InputStream> response = http.send(request(body(method, paramsJson)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        List<JsonNode> events = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            if (!response.headers().firstValue("content-type").orElse("").startsWith("text/event-stream")) {
                events.add(JSON.readTree(reader));
                return events;
            }
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("data:")) {
                    events.add(JSON.readTree(line.substring(5).trim()));
                }
            }
        }
        return events;
    }

    public String body(String method, String paramsJson) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + ids.incrementAndGet() + ",\"method\":\"" + method + "\",\"params\":"
                + paramsJson + "}";
    }

    private HttpRequest.Builder request(String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (version != null) {
            builder.header("A2A-Version", version);
        }
        return builder;
    }

    /** A SendMessage params object with one text part. */
    public static String message(String messageId, String text) {
        return "{\"message\":{\"messageId\":\"" + messageId + "\",\"role\":\"ROLE_USER\",\"parts\":[{\"text\":\"" + text + "\"}]}}";
    }

    public static String followUp(String messageId, String taskId, String text) {
        return "{\"message\":{\"messageId\":\"" + messageId + "\",\"taskId\":\"" + taskId
                + "\",\"role\":\"ROLE_USER\",\"parts\":[{\"text\":\"" + text + "\"}]}}";
    }
}
