package io.agentwire.jsonrpc.transport.http;

import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;

/**
 * One HTTP request with its aggregated body, and the means to answer it once: either a complete response or
 * a server-sent-events stream. Safe to call from any thread; writes are handed to the connection's event loop.
 */
public interface HttpExchange {
    /** Upper-case method name, e.g. {@code POST}. */
    String method();

    /** The decoded path without the query string, e.g. {@code /mcp}. */
    String path();

    /** The raw query string without {@code ?}, or empty. */
    String query();

    /** First value of a header (case-insensitive name), or {@code null}. */
    String header(String name);

    /** All values of a header (case-insensitive name), possibly empty. */
    List<String> headers(String name);

    /** The request body; empty when there was none. Already limited to the server's maximum size. */
    byte[] body();

    InetSocketAddress remoteAddress();

    /** The client's certificate chain as verified by mutual TLS, leaf first; empty over plain HTTP or without one. */
    default List<X509Certificate> clientCertificates() {
        return List.of();
    }

    /** Sends a complete response. {@code Content-Length} is set from the body. */
    void respond(int status, Map<String, String> headers, byte[] body);

    /**
     * Starts a {@code text/event-stream} response (chunked, flushed per event). The given headers are added to
     * the stream's own ({@code Content-Type}, {@code Cache-Control: no-cache}).
     */
    SseStream openSse(int status, Map<String, String> headers);

    /**
     * Runs the callback once if the connection closes before this exchange's response is complete (for an event
     * stream: before it ends). Callbacks of a completed exchange are dropped, so they never pile up on a
     * keep-alive connection.
     */
    void onClose(Runnable callback);
}
