package io.agentwire.jsonrpc.transport.http.client;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An HTTP request for {@link NettyHttpClient}: immutable, built with the {@code with...} methods.
 *
 * @param method upper-case method name
 * @param uri absolute {@code http} URI
 * @param headers extra request headers ({@code Host} and {@code Content-Length} are set by the client)
 * @param body request body, or {@code null} for none
 * @param timeout overrides the client's default request timeout, or {@code null}
 */
public record ClientRequest(String method, URI uri, Map<String, String> headers, byte[] body, Duration timeout) {
    public ClientRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        headers = Map.copyOf(headers == null ? Map.of() : headers);
    }

    public static ClientRequest get(URI uri) {
        return new ClientRequest("GET", uri, Map.of(), null, null);
    }

    public static ClientRequest post(URI uri, String contentType, byte[] body) {
        return new ClientRequest("POST", uri, Map.of("Content-Type", contentType), body, null);
    }

    public static ClientRequest delete(URI uri) {
        return new ClientRequest("DELETE", uri, Map.of(), null, null);
    }

    public ClientRequest withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new ClientRequest(method, uri, copy, body, timeout);
    }

    public ClientRequest withTimeout(Duration requestTimeout) {
        return new ClientRequest(method, uri, headers, body, requestTimeout);
    }
}
