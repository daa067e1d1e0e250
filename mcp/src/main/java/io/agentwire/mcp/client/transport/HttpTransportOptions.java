package io.agentwire.mcp.client.transport;

import io.agentwire.jsonrpc.model.JsonRpcMessage;
import io.agentwire.mcp.auth.ClientAuthorizer;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Settings shared by the HTTP transports.
 *
 * @param authorizer asked for headers before every request and told about 401/403 answers
 * @param messageHeaders extra headers for one outgoing message (the 2026-07-28 mirrored headers)
 * @param requestTimeout how long a complete response, or the headers of an event stream, may take
 * @param maxMessageBytes the largest response body or SSE event accepted
 * @param stateless 2026-07-28 rules: no session, no resumption, closing a stream cancels its request
 * @param maxResumeAttempts how often a broken response stream is resumed with {@code Last-Event-ID}
 */
public record HttpTransportOptions(ClientAuthorizer authorizer, Function<JsonRpcMessage, Map<String, String>> messageHeaders,
                                   Duration requestTimeout, int maxMessageBytes, boolean stateless, int maxResumeAttempts) {
    public static final int DEFAULT_MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

    public HttpTransportOptions {
        Objects.requireNonNull(authorizer, "authorizer");
        Objects.requireNonNull(messageHeaders, "messageHeaders");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
    }

    public static HttpTransportOptions defaults() {
        return new HttpTransportOptions(ClientAuthorizer.NONE, m -> Map.of(), Duration.ofSeconds(60),
                DEFAULT_MAX_MESSAGE_BYTES, false, 5);
    }

    public HttpTransportOptions withAuthorizer(ClientAuthorizer value) {
        return new HttpTransportOptions(value, messageHeaders, requestTimeout, maxMessageBytes, stateless, maxResumeAttempts);
    }

    public HttpTransportOptions withMessageHeaders(Function<JsonRpcMessage, Map<String, String>> value) {
        return new HttpTransportOptions(authorizer, value, requestTimeout, maxMessageBytes, stateless, maxResumeAttempts);
    }

    public HttpTransportOptions withRequestTimeout(Duration value) {
        return new HttpTransportOptions(authorizer, messageHeaders, value, maxMessageBytes, stateless, maxResumeAttempts);
    }

    public HttpTransportOptions withMaxMessageBytes(int value) {
        return new HttpTransportOptions(authorizer, messageHeaders, requestTimeout, value, stateless, maxResumeAttempts);
    }

    public HttpTransportOptions withStateless(boolean value) {
        return new HttpTransportOptions(authorizer, messageHeaders, requestTimeout, maxMessageBytes, value, maxResumeAttempts);
    }
}
