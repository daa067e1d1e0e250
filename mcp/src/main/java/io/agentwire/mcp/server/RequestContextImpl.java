package io.agentwire.mcp.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.agentwire.jsonrpc.JsonRpcException;
import io.agentwire.jsonrpc.model.JsonRpcError;
import io.agentwire.jsonrpc.model.JsonRpcNotification;
import io.agentwire.mcp.InputRequest;
import io.agentwire.mcp.LoggingLevel;
import io.agentwire.mcp.McpException;
import io.agentwire.mcp.ProtocolVersion;
import io.agentwire.mcp.RequestContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The engine's {@link RequestContext}: one per handler run. */
final class RequestContextImpl implements RequestContext {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ServerRuntime runtime;
    private final CallScope scope;
    private final ResponseSink sink;
    private final JsonNode arguments;
    private final String uri;
    private final Map<String, String> uriVariables;
    private final JsonNode meta;
    private final Map<String, JsonNode> inputResponses;
    private final String requestState;
    private volatile String nextState;
    private volatile boolean cancelled;
    private volatile Thread runner;
    private TaskStarter taskStarter;
    private volatile TaskRecord task;

    /** Creates the task a call turns into, and answers the client with its handle. */
    interface TaskStarter {
        TaskRecord start(RequestContextImpl context);
    }

    RequestContextImpl(ServerRuntime runtime, CallScope scope, ResponseSink sink, JsonNode arguments, String uri,
                       Map<String, String> uriVariables, JsonNode meta, Map<String, JsonNode> inputResponses,
                       String requestState) {
        this.runtime = runtime;
        this.scope = scope;
        this.sink = sink;
        this.arguments = arguments == null ? NODES.objectNode() : arguments;
        this.uri = uri;
        this.uriVariables = uriVariables == null ? Map.of() : Map.copyOf(uriVariables);
        this.meta = meta == null ? NODES.objectNode() : meta;
        this.inputResponses = inputResponses == null ? Map.of() : inputResponses;
        this.requestState = requestState;
        this.nextState = requestState;
    }

    @Override
    public ProtocolVersion protocolVersion() {
        return scope.version();
    }

    @Override
    public JsonNode arguments() {
        return arguments;
    }

    @Override
    public String uri() {
        return uri;
    }

    @Override
    public Map<String, String> uriVariables() {
        return uriVariables;
    }

    @Override
    public JsonNode meta() {
        return meta;
    }

    @Override
    public JsonNode clientCapabilities() {
        return scope.clientCapabilities();
    }

    @Override
    public void progress(double progress, Double total, String message) {
        JsonNode token = meta.get("progressToken");
        if (token == null || token.isNull() || cancelled) {
            return;
        }
        ObjectNode params = NODES.objectNode();
        params.set("progressToken", token);
        params.put("progress", progress);
        if (total != null) {
            params.put("total", total);
        }
        if (message != null && scope.version().atLeast(ProtocolVersion.V2025_03_26)) {
            params.put("message", message);
        }
        sink.notify(new JsonRpcNotification("notifications/progress", params));
    }

    @Override
    public void log(LoggingLevel level, String logger, JsonNode data) {
        LoggingLevel threshold = scope.logLevel();
        if (threshold == null || level.compareTo(threshold) < 0 || cancelled) {
            return;
        }
        ObjectNode params = NODES.objectNode();
        params.put("level", level.wireName());
        if (logger != null) {
            params.put("logger", logger);
        }
        params.set("data", data);
        sink.notify(new JsonRpcNotification("notifications/message", params));
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    void cancel() {
        cancelled = true;
        Thread t = runner;
        if (t != null) {
            t.interrupt();
        }
    }

    void runningOn(Thread thread) {
        this.runner = thread;
        TaskRecord current = task;
        if (current != null) {
            current.runningOn(thread);
        }
    }

    void allowTask(TaskStarter starter) {
        this.taskStarter = starter;
    }

    /** The task this call became, or {@code null}. */
    TaskRecord task() {
        return task;
    }

    @Override
    public synchronized boolean beginTask() {
        if (task != null || taskStarter == null) {
            return false;
        }
        task = taskStarter.start(this);
        task.runningOn(runner);
        return true;
    }

    @Override
    public Map<String, JsonNode> requestInputs(Map<String, InputRequest> requests) {
        requests.values().forEach(this::requireCapability);
        TaskRecord current = task;
        if (current != null && scope.isModern()) {
            return awaitTaskInputs(current, requests);
        }
        return scope.isModern() ? answersOrSignal(requests) : askLegacyClient(requests);
    }

    private void requireCapability(InputRequest request) {
        String capability = request.requiredCapability();
        if (clientSupports(capability)) {
            return;
        }
        if (scope.isModern()) {
            ObjectNode data = NODES.objectNode();
            data.putObject("requiredCapabilities").putObject(capability);
            throw new McpException(McpException.MISSING_REQUIRED_CLIENT_CAPABILITY,
                    "Client does not support " + capability, data);
        }
        throw new McpException(JsonRpcError.INVALID_PARAMS, "Client does not support " + capability);
    }

    private Map<String, JsonNode> answersOrSignal(Map<String, InputRequest> requests) {
        Map<String, InputRequest> missing = new LinkedHashMap<>();
        requests.forEach((key, request) -> {
            if (!inputResponses.containsKey(key)) {
                missing.put(key, request);
            }
        });
        if (!missing.isEmpty()) {
            throw new InputRequiredSignal(missing, nextState);
        }
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        requests.keySet().forEach(key -> answers.put(key, inputResponses.get(key)));
        return answers;
    }

    private static Map<String, JsonNode> awaitTaskInputs(TaskRecord current, Map<String, InputRequest> requests) {
        try {
            return current.awaitInputs(requests);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JsonRpcException(JsonRpcError.INTERNAL_ERROR, "Task " + current.id() + " ended while waiting for input");
        }
    }

    private Map<String, JsonNode> askLegacyClient(Map<String, InputRequest> requests) {
        LegacySession session = scope.session();
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (Map.Entry<String, InputRequest> entry : requests.entrySet()) {
            try {
                InputRequest request = entry.getValue();
                ResponseSink channel = task == null ? sink : session.outletSink();
                answers.put(entry.getKey(),
                        session.askClient(channel, request.method(), request.params(), runtime.server().clientRequestTimeout()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new JsonRpcException(JsonRpcError.INTERNAL_ERROR, "Request cancelled");
            }
        }
        return answers;
    }

    @Override
    public boolean pauseResponseStream(java.time.Duration reconnectAfter) {
        return sink.pause(reconnectAfter.toMillis());
    }

    @Override
    public void elicitationComplete(String elicitationId) {
        LegacySession session = scope.session();
        if (session != null && scope.version().atLeast(ProtocolVersion.V2025_11_25)) {
            session.sendUnsolicited(new JsonRpcNotification("notifications/elicitation/complete",
                    NODES.objectNode().put("elicitationId", elicitationId)));
        }
    }

    @Override
    public Map<String, JsonNode> inputResponses() {
        return inputResponses;
    }

    @Override
    public Optional<String> requestState() {
        return Optional.ofNullable(requestState);
    }

    @Override
    public void setRequestState(String state) {
        this.nextState = state;
    }
}
