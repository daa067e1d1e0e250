package io.agentwire.mcp.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Sends requests the way the negotiated era wants them: params wrapped in the {@link Envelope}, cacheable
 * 2026-07-28 results served from and kept in the {@link ResultCache}, and every request run as a
 * {@link LogicalCall} so that version retries and {@code input_required} rounds happen by themselves.
 */
final class RequestPipeline {
    private final ClientSession session;
    private final ConnectionState state;
    private final Envelope envelope;
    private final InputAnswers answers;
    private final ResultCache cache;
    private final Executor answerExecutor;
    private final AtomicLong progressTokens = new AtomicLong();

    RequestPipeline(ClientSession session, ConnectionState state, Envelope envelope, InputAnswers answers,
                    ResultCache cache, Executor answerExecutor) {
        this.session = session;
        this.state = state;
        this.envelope = envelope;
        this.answers = answers;
        this.cache = cache;
        this.answerExecutor = answerExecutor;
    }

    CompletableFuture<JsonNode> request(String method, JsonNode params, RequestOptions options) {
        if (params != null && !params.isObject()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("params must be a JSON object"));
        }
        ObjectNode given = params == null ? session.mapper().createObjectNode() : (ObjectNode) params;
        boolean useCache = options.cacheable() && state.isModern();
        if (useCache) {
            JsonNode hit = cache.get(method, given);
            if (hit != null) {
                return CompletableFuture.completedFuture(hit);
            }
        }
        JsonNode token = options.progress() == null ? null : StringNode.valueOf("agw-progress-" + progressTokens.incrementAndGet());
        LogicalCall call = new LogicalCall(this, method, options, token, answerExecutor);
        call.send(given, 0, false);
        if (useCache) {
            call.result().thenAccept(result -> cache.put(method, given, result));
        }
        return call.result();
    }

    /** One JSON-RPC request of a logical call, with a fresh id. */
    CompletableFuture<JsonNode> attempt(String method, ObjectNode params, RequestOptions options, JsonNode progressToken) {
        ObjectNode wrapped = envelope.wrap(params, state.modernVersionId(), progressToken);
        return session.start(method, wrapped, options.timeout(), progressToken, options.progress()).result();
    }

    boolean isModern() {
        return state.isModern();
    }

    boolean adopt(List<String> supported) {
        return state.adoptNewestModern(supported);
    }

    InputAnswers answers() {
        return answers;
    }

    int maxInputRounds() {
        return session.config().maxInputRounds();
    }

    Envelope envelope() {
        return envelope;
    }
}
