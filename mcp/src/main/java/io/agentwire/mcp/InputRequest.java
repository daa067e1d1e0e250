package io.agentwire.mcp;

import tools.jackson.databind.JsonNode;

/**
 * Something a server needs from the client before it can finish a request: a sampling, elicitation or roots
 * request. In the legacy era it is sent as a server-to-client JSON-RPC request; in the modern era it becomes an
 * entry of an {@code input_required} result.
 */
public record InputRequest(String method, JsonNode params) {
    public static final String SAMPLING = "sampling/createMessage";
    public static final String ELICITATION = "elicitation/create";
    public static final String ROOTS = "roots/list";

    public static InputRequest sampling(JsonNode params) {
        return new InputRequest(SAMPLING, params);
    }

    public static InputRequest elicitation(JsonNode params) {
        return new InputRequest(ELICITATION, params);
    }

    /**
     * URL-mode elicitation (2025-11-25 and later): the client sends the user to a URL, for input that must not
     * pass through the client (credentials, payments). The form mode is {@link #elicitation}.
     */
    public static InputRequest urlElicitation(String message, String url, String elicitationId) {
        tools.jackson.databind.node.ObjectNode params = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        params.put("mode", "url");
        params.put("message", message);
        params.put("url", url);
        if (elicitationId != null) {
            params.put("elicitationId", elicitationId); // 2025-11-25 only; 2026-07-28 dropped it
        }
        return new InputRequest(ELICITATION, params);
    }

    public static InputRequest roots() {
        return new InputRequest(ROOTS, tools.jackson.databind.node.JsonNodeFactory.instance.objectNode());
    }

    /** The client capability this request depends on: {@code sampling}, {@code elicitation} or {@code roots}. */
    public String requiredCapability() {
        return method.substring(0, method.indexOf('/'));
    }
}
