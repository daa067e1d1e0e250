package io.agentwire.jsonrpc.peer;

import tools.jackson.databind.JsonNode;

/**
 * Consumes one notification method. Notifications of a peer are delivered one at a time, in arrival order, on
 * the handler executor; exceptions are logged and dropped because a notification has no answer.
 */
@FunctionalInterface
public interface NotificationHandler {
    /** @param params the notification's params, or {@code null} when it carried none */
    void handle(JsonNode params) throws Exception;
}
