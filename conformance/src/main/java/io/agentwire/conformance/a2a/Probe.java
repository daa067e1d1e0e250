package io.agentwire.conformance.a2a;

import io.agentwire.jsonrpc.transport.sse.SseDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The checks' access to the agent under test, over plain HTTP so that nothing of our own client can smooth over a
 * fault: the card, JSON-RPC calls and streams, HTTP+JSON requests and streams, each with {@code A2A-Version: 1.0}
 * unless a check says otherwise. Every call has a timeout, so a silent agent fails a check instead of hanging it.
 */
public final class Probe {
    static final JsonMapper JSON = JsonMapper.builder().build();
    /** Header value meaning "leave this header out". */
    public static final String OMIT = "\u0000omit";

    private final String agentUrl;
    private final Duration timeout;
    private final HttpClient http;
    private final Map<String, String> credentials;
    private final Map<String, String> secondCredentials;
    private final TrustManagerFactory trust;
    private final AtomicLong ids = new AtomicLong();
    private HttpResponse<String> cardResponse;
    private JsonNode card;

    /** One HTTP answer, its body parsed when it is JSON (else a missing node). */
    public record Response(int status, Map<String, List<String>> headers, String body, JsonNode json) {
        public String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    public Probe(String agentUrl, Duration timeout) {
        this(agentUrl, timeout, Map.of(), Map.of());
    }

    /**
     * A probe that presents {@code credentials} (request headers such as {@code Authorization} or an API key header)
     * on every call, and knows a second caller's credentials for the checks that need two identities (either may be
     * empty).
     */
    public Probe(String agentUrl, Duration timeout, Map<String, String> credentials, Map<String, String> secondCredentials) {
        this(agentUrl, timeout, credentials, secondCredentials, null);
    }

    /** As above, trusting the agent's TLS certificate when it chains to {@code trust} (null: the JDK's defaults). */
    public Probe(String agentUrl, Duration timeout, Map<String, String> credentials, Map<String, String> secondCredentials,
            TrustManagerFactory trust) {
        this(agentUrl, timeout, httpClient(timeout, trust), credentials, secondCredentials, trust);
    }

    private Probe(String agentUrl, Duration timeout, HttpClient http, Map<String, String> credentials,
            Map<String, String> secondCredentials, TrustManagerFactory trust) {
        this.agentUrl = agentUrl.replaceFirst("/+$", "");
        this.timeout = timeout;
        this.http = http;
        this.credentials = Map.copyOf(credentials);
        this.secondCredentials = Map.copyOf(secondCredentials);
        this.trust = trust;
    }

    private static HttpClient httpClient(Duration timeout, TrustManagerFactory trust) {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER);
        if (trust != null) {
            try {
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(null, trust.getTrustManagers(), null);
                builder.sslContext(context);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Cannot set up TLS: " + e.getMessage(), e);
            }
        }
        return builder.build();
    }

    /** The authorities the agent's certificate may chain to, or null for the JDK's defaults. */
    public TrustManagerFactory trust() {
        return trust;
    }

    /** The same agent without credentials. */
    public Probe anonymous() {
        return new Probe(agentUrl, timeout, http, Map.of(), Map.of(), trust);
    }

    /** The same agent as the second caller; not applicable when no second identity was given. */
    public Probe secondCaller() {
        if (secondCredentials.isEmpty()) {
            throw new NotApplicable("needs a second identity (second credentials were not given)");
        }
        return new Probe(agentUrl, timeout, http, secondCredentials, Map.of(), trust);
    }

    /** The headers this probe authenticates with; gRPC checks send them as metadata. */
    public Map<String, String> credentials() {
        return credentials;
    }

    /** Whether the card requires callers to authenticate. */
    public boolean requiresAuthentication() {
        JsonNode requirements = card().path("securityRequirements");
        return requirements.isArray() && !requirements.isEmpty();
    }

    public String agentUrl() {
        return agentUrl;
    }

    /** The card as served at the well-known path (fetched once). */
    public synchronized JsonNode card() {
        if (card == null) {
            cardResponse = send(HttpRequest.newBuilder(URI.create(agentUrl + "/.well-known/agent-card.json")).GET(), Map.of());
            CheckFailure.expect(cardResponse.statusCode() == 200, "GET /.well-known/agent-card.json answered " + cardResponse.statusCode());
            card = parse(cardResponse.body());
        }
        return card;
    }

    public synchronized HttpResponse<String> cardResponse() {
        card();
        return cardResponse;
    }

    /** The URL of the first interface with {@code binding} at version 1.0. */
    public Optional<String> interfaceUrl(String binding) {
        for (JsonNode candidate : card().path("supportedInterfaces")) {
            if (binding.equals(candidate.path("protocolBinding").asString("")) && candidate.path("protocolVersion").asString("").startsWith("1.0")) {
                return Optional.of(candidate.path("url").asString());
            }
        }
        return Optional.empty();
    }

    public String jsonRpcUrl() {
        return interfaceUrl("JSONRPC").orElseThrow(() -> new NotApplicable("the card lists no JSONRPC 1.0 interface"));
    }

    public String restUrl() {
        return interfaceUrl("HTTP+JSON").orElseThrow(() -> new NotApplicable("the card lists no HTTP+JSON 1.0 interface"));
    }

    /** Whether {@code capabilities.<name>} is true in the card. */
    public boolean declares(String capability) {
        return card().path("capabilities").path(capability).asBoolean(false);
    }

    public void require(String capability) {
        if (!declares(capability)) {
            throw new NotApplicable("the card does not declare capabilities." + capability);
        }
    }

    // ---- JSON-RPC ---------------------------------------------------------------------------------------

    public String rpcBody(String method, String params) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + ids.incrementAndGet() + ",\"method\":\"" + method + "\",\"params\":" + params + "}";
    }

    /** The whole JSON-RPC response to {@code method}. */
    public JsonNode rpc(String method, String params) {
        return rpc(method, params, Map.of());
    }

    public JsonNode rpc(String method, String params, Map<String, String> headers) {
        return rpcRaw(rpcBody(method, params), headers).json();
    }

    /** A raw body to the JSON-RPC endpoint. */
    public Response rpcRaw(String body, Map<String, String> headers) {
        Map<String, String> all = new HashMap<>(Map.of("Content-Type", "application/json"));
        all.putAll(headers);
        return response(send(HttpRequest.newBuilder(URI.create(jsonRpcUrl())).POST(HttpRequest.BodyPublishers.ofString(body)), all));
    }

    /** The result of a call that must succeed. */
    public JsonNode result(String method, String params) {
        JsonNode response = rpc(method, params);
        CheckFailure.expect(!response.has("error") && response.has("result"), method + " failed: " + response);
        return response.get("result");
    }

    /** The {@code data:} payloads of a JSON-RPC stream, parsed; an answer that is not a stream is the only element. */
    public List<JsonNode> rpcStream(String method, String params) {
        return stream(HttpRequest.newBuilder(URI.create(jsonRpcUrl())).POST(HttpRequest.BodyPublishers.ofString(rpcBody(method, params))),
                Map.of("Content-Type", "application/json", "Accept", "text/event-stream"));
    }

    // ---- HTTP+JSON --------------------------------------------------------------------------------------

    public Response rest(String method, String path, String body) {
        return rest(method, path, body, Map.of());
    }

    public Response rest(String method, String path, String body, Map<String, String> headers) {
        Map<String, String> all = new HashMap<>();
        if (body != null) {
            all.put("Content-Type", "application/a2a+json");
        }
        all.putAll(headers);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(restUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return response(send(request, all));
    }

    public List<JsonNode> restStream(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(restUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return stream(request, body == null ? Map.of("Accept", "text/event-stream")
                : Map.of("Content-Type", "application/a2a+json", "Accept", "text/event-stream"));
    }

    // ---- messages -----------------------------------------------------------------------------------------

    /** A fresh message id with a TCK behaviour prefix. */
    public static String messageId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** SendMessage params: a user text message, plus optional extra message fields and request fields (JSON members). */
    public static String send(String prefix, String messageFields, String requestFields) {
        return "{\"message\":{\"messageId\":\"" + messageId(prefix) + "\",\"role\":\"ROLE_USER\",\"parts\":[{\"text\":\"conformance\"}]"
                + (messageFields.isEmpty() ? "" : "," + messageFields) + "}" + (requestFields.isEmpty() ? "" : "," + requestFields) + "}";
    }

    public static String send(String prefix) {
        return send(prefix, "", "");
    }

    // ---- plumbing ---------------------------------------------------------------------------------------

    private HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> headers) {
        request.timeout(timeout);
        apply(request, headers);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new CheckFailure("request failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CheckFailure("interrupted");
        }
    }

    private void apply(HttpRequest.Builder request, Map<String, String> headers) {
        Map<String, String> all = new HashMap<>();
        all.put("A2A-Version", "1.0");
        all.putAll(credentials);
        all.putAll(headers);
        all.forEach((name, value) -> {
            if (!OMIT.equals(value)) {
                request.header(name, value);
            }
        });
    }

    private List<JsonNode> stream(HttpRequest.Builder request, Map<String, String> headers) {
        request.timeout(timeout);
        apply(request, headers);
        List<JsonNode> events = new ArrayList<>();
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                String type = response.headers().firstValue("Content-Type").orElse("");
                if (!type.startsWith("text/event-stream")) {
                    events.add(parse(new String(body.readAllBytes(), StandardCharsets.UTF_8)));
                    return events;
                }
                SseDecoder decoder = new SseDecoder(event -> events.add(parse(event.data())));
                byte[] buffer = new byte[8192];
                for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                    decoder.feed(buffer, 0, n);
                }
                decoder.end();
            }
        } catch (IOException e) {
            throw new CheckFailure("stream failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CheckFailure("interrupted");
        }
        return events;
    }

    private static Response response(HttpResponse<String> response) {
        return new Response(response.statusCode(), response.headers().map(), response.body(), parse(response.body()));
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (RuntimeException e) {
            return JSON.missingNode();
        }
    }
}
