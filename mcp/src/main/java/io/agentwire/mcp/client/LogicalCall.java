package io.agentwire.mcp.client;

import io.agentwire.jsonrpc.JsonRpcException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One request as the caller sees it, across every JSON-RPC request it takes: in the 2026-07-28 era a retry with
 * a supported revision after {@code -32022}, and one retry per {@code input_required} round, each with a fresh id,
 * the answers in {@code inputResponses} and the server's {@code requestState} echoed verbatim (or absent when the
 * server sent none). A result without {@code resultType} is complete. Cancelling {@link #result()} cancels the
 * attempt in flight.
 */
final class LogicalCall {
    static final int UNSUPPORTED_PROTOCOL_VERSION = -32022;

    private final RequestPipeline pipeline;
    private final String method;
    private final RequestOptions options;
    private final JsonNode progressToken;
    private final Executor answerExecutor;
    private final CompletableFuture<JsonNode> result = new CompletableFuture<>();
    private volatile CompletableFuture<JsonNode> current;

    LogicalCall(RequestPipeline pipeline, String method, RequestOptions options, JsonNode progressToken, Executor answerExecutor) {
        this.pipeline = pipeline;
        this.method = method;
        this.options = options;
        this.progressToken = progressToken;
        this.answerExecutor = answerExecutor;
        result.whenComplete((value, error) -> {
            CompletableFuture<JsonNode> attempt = current;
            if (error instanceof CancellationException && attempt != null) {
                attempt.cancel(true);
            }
        });
    }

    CompletableFuture<JsonNode> result() {
        return result;
    }

    void send(ObjectNode params, int round, boolean versionRetried) {
        if (result.isDone()) {
            return;
        }
        CompletableFuture<JsonNode> attempt = pipeline.attempt(method, params, options, progressToken);
        current = attempt;
        if (result.isCancelled()) {
            attempt.cancel(true);
        }
        attempt.whenComplete((value, error) -> {
            if (error != null) {
                onError(error, params, round, versionRetried);
            } else {
                onResult(value, params, round);
            }
        });
    }

    private void onError(Throwable error, ObjectNode params, int round, boolean versionRetried) {
        Throwable cause = McpClientException.unwrap(error);
        if (!versionRetried && pipeline.isModern() && cause instanceof JsonRpcException rpc
                && rpc.code() == UNSUPPORTED_PROTOCOL_VERSION && pipeline.adopt(supportedVersions(rpc))) {
            send(params, round, true);
            return;
        }
        result.completeExceptionally(error);
    }

    private static List<String> supportedVersions(JsonRpcException rpc) {
        List<String> versions = new ArrayList<>();
        JsonNode data = rpc.error().data();
        if (data != null) {
            data.path("supported").forEach(v -> versions.add(v.asString("")));
        }
        return versions;
    }

    private void onResult(JsonNode value, ObjectNode params, int round) {
        if (!pipeline.isModern() || !"input_required".equals(value.path("resultType").asString(""))) {
            result.complete(value);
            return;
        }
        if (round >= pipeline.maxInputRounds()) {
            result.completeExceptionally(new McpClientException("The server still asked for input after "
                    + round + " rounds of " + method + "; giving up"));
            return;
        }
        try {
            // Handlers may wait for a user: never on a transport thread.
            answerExecutor.execute(() -> answerAndRetry(value, params, round));
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new McpClientException("The client is closed", e));
        }
    }

    private void answerAndRetry(JsonNode inputRequired, ObjectNode params, int round) {
        try {
            ObjectNode next = params.deepCopy();
            next.set("inputResponses", pipeline.answers().answerAll(inputRequired.get("inputRequests")));
            JsonNode state = inputRequired.get("requestState");
            if (state != null && !state.isNull()) {
                next.set("requestState", state);
            } else {
                next.remove("requestState");
            }
            send(next, round + 1, false);
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
    }
}
