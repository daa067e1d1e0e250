package io.agentwire.bench.load;

/**
 * One complete HTTP/1.1 response as the load generator needs it: status, the few headers that matter to MCP, and
 * the (de-chunked) body.
 *
 * @param status          the status code
 * @param contentType     the {@code Content-Type} header, or {@code null}
 * @param sessionId       the {@code Mcp-Session-Id} header, or {@code null}
 * @param connectionClose whether the server announced {@code Connection: close}
 * @param body            the body bytes, chunk framing removed
 */
public record HttpResponse(int status, String contentType, String sessionId, boolean connectionClose, byte[] body) {

    /** Whether the body is a Server-Sent Events stream. */
    public boolean isEventStream() {
        return contentType != null && contentType.regionMatches(true, 0, "text/event-stream", 0, 17);
    }
}
