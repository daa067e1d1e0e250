package io.agentwire.jsonrpc.peer;

import java.util.concurrent.CompletionStage;

import tools.jackson.databind.JsonNode;

/**
 * Serves one request method by returning a stage that completes later, so that no thread waits for slow work.
 * Error mapping is the same as for {@link RequestHandler}. If the stage is a {@link java.util.concurrent.Future},
 * cancelling the request cancels it.
 */
@FunctionalInterface
public interface AsyncRequestHandler {
    /** @param params the request's params, or {@code null} when it carried none */
    CompletionStage<JsonNode> handle(RequestContext context, JsonNode params);
}
