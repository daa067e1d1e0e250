package io.agentwire.jsonrpc.peer;

import tools.jackson.databind.JsonNode;

/**
 * Receives the progress notifications whose {@code params.progressToken} matches the token it was registered
 * under (see {@link JsonRpcPeer#onProgress}). Delivered in arrival order with the other notifications.
 */
@FunctionalInterface
public interface ProgressListener {
    /** @param params the whole params object of the progress notification, token included */
    void onProgress(JsonNode params);
}
