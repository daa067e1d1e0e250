package io.agentwire.mcp.client;

import io.agentwire.jsonrpc.model.JsonRpcError;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A tool call the server runs as a task: poll it, wait for its result, or cancel it. Both task generations are
 * spoken: in 2025-11-25 the result comes from the blocking {@code tasks/result}; with the 2026-07-28 tasks extension
 * the client polls {@code tasks/get} at the server's {@code pollIntervalMs}, answers the task's input requests with
 * the client's handlers through {@code tasks/update}, and takes the result inlined in {@code tasks/get}.
 */
public final class ToolTask {
    /** Used when the server suggests no interval, and the bounds put on the ones it suggests. */
    private static final long DEFAULT_POLL_MS = 500;
    private static final long MIN_POLL_MS = 20;
    private static final long MAX_POLL_MS = 30_000;

    private final RequestPipeline pipeline;
    private final Function<JsonNode, ToolResult> toResult;
    private final Executor executor;
    private volatile TaskState state;

    ToolTask(RequestPipeline pipeline, TaskState state, Function<JsonNode, ToolResult> toResult, Executor executor) {
        this.pipeline = pipeline;
        this.state = state;
        this.toResult = toResult;
        this.executor = executor;
    }

    public String taskId() {
        return state.taskId();
    }

    /** The state last received, without asking the server. */
    public TaskState state() {
        return state;
    }

    /** Asks the server for the task's current state ({@code tasks/get}). */
    public CompletableFuture<TaskState> refreshAsync() {
        return Futures.map("tasks/get " + taskId(), pipeline.request("tasks/get", idParams(), RequestOptions.DEFAULT),
                task -> state = TaskState.of(task));
    }

    public TaskState refresh() {
        return Await.result("tasks/get " + taskId(), refreshAsync());
    }

    /**
     * The tool's result once the task ends. Fails with {@link McpClientException} when the task failed or was
     * cancelled; cancelling the returned future stops the waiting, not the task (see {@link #cancel()}).
     */
    public CompletableFuture<ToolResult> resultAsync() {
        if (!pipeline.isModern()) {
            RequestOptions untimed = new RequestOptions(Duration.ZERO, null, false);
            return Futures.map("tasks/result " + taskId(), pipeline.request("tasks/result", idParams(), untimed), toResult);
        }
        CompletableFuture<ToolResult> out = new CompletableFuture<>();
        poll(out, state);
        return out;
    }

    /** Waits for {@link #resultAsync()}. */
    public ToolResult awaitResult() {
        return Await.result("task " + taskId(), resultAsync());
    }

    /** Asks the server to cancel the task ({@code tasks/cancel}). */
    public void cancel() {
        Await.result("tasks/cancel " + taskId(), pipeline.request("tasks/cancel", idParams(), RequestOptions.DEFAULT));
    }

    /** One step of the modern polling loop, acting on the state just received. */
    private void poll(CompletableFuture<ToolResult> out, TaskState current) {
        if (out.isDone()) {
            return;
        }
        try {
            switch (current.status()) {
                case "completed" -> out.complete(toResult.apply(inlined(current, "result")));
                case "failed" -> out.completeExceptionally(failure(current));
                case "cancelled" -> out.completeExceptionally(new McpClientException("Task " + taskId() + " was cancelled"));
                case "input_required" -> CompletableFuture.runAsync(() -> answerInputs(out, current), executor);
                default -> later(out);
            }
        } catch (RuntimeException e) {
            out.completeExceptionally(e);
        }
    }

    /** Answers the pending input requests (handlers may block, hence the executor), then polls again. */
    private void answerInputs(CompletableFuture<ToolResult> out, TaskState current) {
        JsonNode requests = current.raw().get("inputRequests");
        if (requests == null) {
            later(out); // the inputs have not been inlined yet: a tasks/get will bring them
            return;
        }
        try {
            ObjectNode params = idParams();
            params.set("inputResponses", pipeline.answers().answerAll(requests));
            pipeline.request("tasks/update", params, RequestOptions.DEFAULT).whenComplete((ignored, error) -> {
                if (error != null) {
                    out.completeExceptionally(McpClientException.of("tasks/update " + taskId(), error));
                } else {
                    next(out);
                }
            });
        } catch (RuntimeException e) {
            out.completeExceptionally(e);
        }
    }

    private void later(CompletableFuture<ToolResult> out) {
        long interval = state.pollIntervalMs() == 0 ? DEFAULT_POLL_MS
                : Math.min(MAX_POLL_MS, Math.max(MIN_POLL_MS, state.pollIntervalMs()));
        CompletableFuture.runAsync(() -> next(out), CompletableFuture.delayedExecutor(interval, TimeUnit.MILLISECONDS, executor));
    }

    private void next(CompletableFuture<ToolResult> out) {
        if (out.isDone()) {
            return;
        }
        refreshAsync().whenComplete((fresh, error) -> {
            if (error != null) {
                out.completeExceptionally(error);
            } else {
                poll(out, fresh);
            }
        });
    }

    private JsonNode inlined(TaskState current, String field) {
        JsonNode value = current.raw().get(field);
        if (value == null || !value.isObject()) {
            throw new McpClientException("Task " + taskId() + " is " + current.status() + " but carries no " + field);
        }
        return value;
    }

    private McpClientException failure(TaskState current) {
        JsonNode error = current.raw().get("error");
        if (error == null || !error.isObject()) {
            return new McpClientException("Task " + taskId() + " failed"
                    + (current.statusMessage() == null ? "" : ": " + current.statusMessage()));
        }
        JsonRpcError rpc = new JsonRpcError(error.path("code").asInt(0), error.path("message").asString(""), error.get("data"));
        return new McpClientException("Task " + taskId() + " failed: " + rpc.code() + " " + rpc.message(), null, rpc);
    }

    private ObjectNode idParams() {
        return JsonNodeFactory.instance.objectNode().put("taskId", taskId());
    }
}
