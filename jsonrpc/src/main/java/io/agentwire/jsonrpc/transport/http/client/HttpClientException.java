package io.agentwire.jsonrpc.transport.http.client;

import java.io.IOException;

/** A response could not be received: the connection broke, the response was too large or malformed. */
public class HttpClientException extends IOException {
    private static final long serialVersionUID = 1L;

    public HttpClientException(String message) {
        super(message);
    }

    public HttpClientException(String message, Throwable cause) {
        super(message, cause);
    }
}
