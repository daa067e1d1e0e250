package io.agentwire.bench.load;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the exact bytes of one HTTP/1.1 POST so that the hot loop only copies a prepared array.
 *
 * <p>Headers are written in insertion order; {@code Host}, {@code Content-Length} and keep-alive semantics are
 * always added, so targets only name the headers their protocol needs.
 */
public final class HttpRequestBytes {

    private final String path;
    private final String authority;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private HttpRequestBytes(String path, String authority) {
        this.path = path;
        this.authority = authority;
    }

    /** Starts a POST to {@code path} on {@code host:port}. */
    public static HttpRequestBytes post(String host, int port, String path) {
        return new HttpRequestBytes(path, host + ":" + port);
    }

    /** Adds (or replaces) one header. */
    public HttpRequestBytes header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Adds the header only when {@code value} is not null, e.g. a session id that may not exist yet. */
    public HttpRequestBytes headerIfPresent(String name, String value) {
        return value == null ? this : header(name, value);
    }

    /** Renders the request with {@code body} as its UTF-8 payload. */
    public byte[] body(String body) {
        byte[] payload = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256)
                .append("POST ").append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(authority).append("\r\n");
        for (Map.Entry<String, String> h : headers.entrySet()) {
            head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
        }
        head.append("Content-Length: ").append(payload.length).append("\r\n\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = new byte[headBytes.length + payload.length];
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        System.arraycopy(payload, 0, request, headBytes.length, payload.length);
        return request;
    }
}
