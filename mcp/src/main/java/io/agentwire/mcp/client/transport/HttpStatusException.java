package io.agentwire.mcp.client.transport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The server answered an MCP POST or GET with an HTTP status the transport cannot use. */
public final class HttpStatusException extends IOException {
    private static final long serialVersionUID = 1L;
    private static final int MAX_BODY_IN_MESSAGE = 300;

    private final int status;
    private final transient Map<String, List<String>> headers;
    private final byte[] body;

    public HttpStatusException(String what, int status, Map<String, List<String>> headers, byte[] body) {
        super(what + " failed with HTTP " + status + describe(body));
        this.status = status;
        this.headers = Map.copyOf(headers);
        this.body = body.clone();
    }

    public int status() {
        return status;
    }

    /** Header values by lower-case name. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    public byte[] body() {
        return body.clone();
    }

    private static String describe(byte[] body) {
        if (body.length == 0) {
            return "";
        }
        String text = new String(body, 0, Math.min(body.length, MAX_BODY_IN_MESSAGE), StandardCharsets.UTF_8);
        return ": " + text + (body.length > MAX_BODY_IN_MESSAGE ? "..." : "");
    }
}
