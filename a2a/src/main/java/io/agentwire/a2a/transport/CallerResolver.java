package io.agentwire.a2a.transport;

import io.agentwire.jsonrpc.transport.http.HttpExchange;

/**
 * Authenticates an HTTP request: returns the caller's name, empty for an anonymous caller the agent admits, or throws
 * {@link io.agentwire.a2a.error.A2aException} with {@code UNAUTHENTICATED} / {@code PERMISSION_DENIED}.
 */
@FunctionalInterface
public interface CallerResolver {
    CallerResolver ANONYMOUS = exchange -> "";

    String caller(HttpExchange exchange);
}
