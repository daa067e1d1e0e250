package io.agentwire.mcp.server;

import java.util.Map;

import io.agentwire.mcp.InputRequest;

/**
 * Ends a modern-era handler run that needs client input: the engine turns it into an {@code input_required}
 * result. Control flow, not an error, so it carries no stack trace.
 */
final class InputRequiredSignal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Map<String, InputRequest> requests;
    private final String state;

    InputRequiredSignal(Map<String, InputRequest> requests, String state) {
        super("input required", null, false, false);
        this.requests = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(requests)); // keeps the handler's order
        this.state = state;
    }

    Map<String, InputRequest> requests() {
        return requests;
    }

    String state() {
        return state;
    }
}
