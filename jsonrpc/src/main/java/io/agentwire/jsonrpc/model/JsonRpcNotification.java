package io.agentwire.jsonrpc.model;

import java.util.Objects;

import tools.jackson.databind.JsonNode;

/**
 * A notification: a method call without an id, to which the receiver never answers.
 *
 * @param params an object or array node, or {@code null} when the notification carried none
 */
public record JsonRpcNotification(String method, JsonNode params) implements JsonRpcMessage {
    public JsonRpcNotification {
        Objects.requireNonNull(method, "method");
    }
}
