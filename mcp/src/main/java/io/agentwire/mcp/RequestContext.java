package io.agentwire.mcp;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * What a tool, resource or prompt handler sees of the request it serves, and what it can do while serving it:
 * report progress, log, and ask the client for input. The same handler code works in both protocol eras: asking
 * for input sends a server-to-client request in the legacy era and yields an {@code input_required} result in
 * the modern era (the client then retries with the answers and the handler runs again).
 */
public interface RequestContext {
    /** The revision this request is served under. */
    ProtocolVersion protocolVersion();

    /** Tool or prompt arguments; an empty object when none were sent. */
    JsonNode arguments();

    /** A string argument, or {@code null}. */
    default String argument(String name) {
        JsonNode value = arguments().get(name);
        return value == null || value.isNull() ? null : value.isString() ? value.stringValue() : value.toString();
    }

    /** The resource URI of a {@code resources/read}, else {@code null}. */
    String uri();

    /** Values matched by a resource template, else empty. */
    Map<String, String> uriVariables();

    /** The request's {@code _meta} object, or an empty object. */
    JsonNode meta();

    /** The client's declared capabilities (from {@code initialize} or from this request's {@code _meta}). */
    JsonNode clientCapabilities();

    /** Sends {@code notifications/progress} if the client asked for progress; otherwise does nothing. */
    void progress(double progress, Double total, String message);

    /** Sends {@code notifications/message} if the client's log level lets it through; otherwise does nothing. */
    void log(LoggingLevel level, String logger, JsonNode data);

    /** Whether the client cancelled this request; long handlers should check it. */
    boolean isCancelled();

    /**
     * Obtains the client's answers to all the given requests, keyed as given. Blocks in the legacy era; in the
     * modern era returns at once when the retried request carries every answer, and otherwise ends this handler
     * run with an {@code input_required} result asking for the missing ones.
     *
     * @throws McpException {@code -32021} (modern) or {@code -32602} (legacy) when the client lacks a capability
     */
    Map<String, JsonNode> requestInputs(Map<String, InputRequest> requests);

    default JsonNode requestInput(String key, InputRequest request) {
        return requestInputs(Map.of(key, request)).get(key);
    }

    /** Answers the client sent with this (retried) request, modern era only; empty otherwise. */
    Map<String, JsonNode> inputResponses();

    /** The verified {@code requestState} of a retried modern request, if any. */
    Optional<String> requestState();

    /**
     * Sets the state to carry into the next {@code input_required} result of this request. The server protects
     * its integrity, so a handler can trust it when it comes back.
     */
    void setRequestState(String state);

    /**
     * SSE polling (legacy Streamable HTTP, 2025-11-25): closes the response stream now and tells the client to
     * reconnect after the delay; whatever the handler sends afterwards, its result included, reaches the client
     * when it resumes with {@code Last-Event-ID}. Returns {@code false}, doing nothing, on carriers without
     * resumable streams.
     */
    boolean pauseResponseStream(java.time.Duration reconnectAfter);

    /**
     * Turns the rest of this call into a task, when the client negotiated tasks: the client receives a task
     * handle now, this handler keeps running in the background, and what it returns becomes the task's result;
     * input requested from here on parks the task until the client supplies it. Returns {@code false}, doing
     * nothing, when the call cannot become a task (no negotiation, or already a task).
     */
    boolean beginTask();

    /**
     * Tells the client that a URL-mode elicitation finished out of band ({@code notifications/elicitation/complete},
     * legacy era from 2025-11-25). Does nothing in other revisions.
     */
    void elicitationComplete(String elicitationId);

    /** Whether the client declared the named top-level capability ({@code sampling}, {@code elicitation}, ...). */
    default boolean clientSupports(String capability) {
        return clientCapabilities().has(capability);
    }

    /** Client roots in the legacy era, via {@code roots/list}; convenience over {@link #requestInput}. */
    default List<JsonNode> roots() {
        JsonNode result = requestInput("roots", InputRequest.roots());
        return result == null ? List.of() : List.copyOf(result.path("roots").valueStream().toList());
    }
}
