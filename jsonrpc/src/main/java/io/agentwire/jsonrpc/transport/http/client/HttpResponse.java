package io.agentwire.jsonrpc.transport.http.client;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A received response. For an event stream the body is empty: the events go to the listener instead.
 *
 * @param status the status code
 * @param headers header values by lower-case name
 * @param body the complete body
 */
public record HttpResponse(int status, Map<String, List<String>> headers, byte[] body) {
    public HttpResponse {
        headers = Map.copyOf(headers);
    }

    /** First value of a header (any case), or {@code null}. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
