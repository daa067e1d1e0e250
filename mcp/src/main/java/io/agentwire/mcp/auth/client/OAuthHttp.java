package io.agentwire.mcp.auth.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP calls the OAuth client makes to metadata hosts and authorization servers. Redirects are never followed:
 * a metadata or token endpoint that redirects is treated as not answering, and the authorization endpoint's redirect
 * is the very thing the headless code handler reads.
 */
final class OAuthHttp {
    /** Metadata and token responses are small; a bigger body is a misbehaving server, not something to buffer. */
    static final int MAX_BODY = 1 << 20;

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** An HTTP response with its body read as text. */
    record Response(int status, HttpHeaders headers, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        /** The body as a JSON object, or empty when it is not one. */
        Optional<JsonNode> json() {
            try {
                JsonNode node = JSON.readTree(body);
                return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
            } catch (JacksonException e) {
                return Optional.empty();
            }
        }
    }

    private final HttpClient client;
    private final Duration timeout;

    OAuthHttp(HttpClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    static HttpClient defaultClient(Duration connectTimeout) {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(connectTimeout).build();
    }

    Response get(URI uri, String accept) throws IOException {
        return send(HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", accept).GET().build());
    }

    Response postForm(URI uri, Map<String, String> form, Map<String, String> headers) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(formEncode(form)));
        headers.forEach(b::header);
        return send(b.build());
    }

    Response postJson(URI uri, String json) throws IOException {
        return send(HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    static String formEncode(Map<String, String> form) {
        StringJoiner j = new StringJoiner("&");
        form.forEach((k, v) -> {
            if (v != null) {
                j.add(encode(k) + "=" + encode(v));
            }
        });
        return j.toString();
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private Response send(HttpRequest request) throws IOException {
        try {
            HttpResponse<InputStream> r = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = r.body()) {
                byte[] bytes = in.readNBytes(MAX_BODY + 1);
                if (bytes.length > MAX_BODY) {
                    throw new IOException("response from " + request.uri() + " exceeds " + MAX_BODY + " bytes");
                }
                return new Response(r.statusCode(), r.headers(), new String(bytes, StandardCharsets.UTF_8));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while calling " + request.uri());
        }
    }
}
