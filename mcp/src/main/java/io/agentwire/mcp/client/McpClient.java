package io.agentwire.mcp.client;

import io.agentwire.mcp.model.MetaKeys;

import io.agentwire.jsonrpc.model.JsonRpcId;
import io.agentwire.jsonrpc.peer.ProgressListener;
import io.agentwire.jsonrpc.peer.Registration;
import io.agentwire.mcp.LoggingLevel;
import io.agentwire.mcp.ProtocolVersion;
import io.agentwire.mcp.client.transport.HttpTransportOptions;
import io.agentwire.mcp.model.Prompt;
import io.agentwire.mcp.model.Resource;
import io.agentwire.mcp.model.ResourceTemplate;
import io.agentwire.mcp.model.Tool;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An MCP client for every revision and transport. Build one, {@link #connect()}, call, {@link #close()}:
 *
 * <pre>{@code
 * try (McpClient client = McpClient.builder().streamableHttp("http://127.0.0.1:3001/mcp").build()) {
 *     client.connect();
 *     for (Tool tool : client.listTools()) { ... }
 *     ToolResult sum = client.callTool("add", Map.of("a", 2, "b", 3));
 * }
 * }</pre>
 *
 * Blocking methods throw {@link McpClientException}; the {@code ...Async} ones return futures that fail with it,
 * and cancelling such a future cancels the request on the wire. Thread-safe.
 */
public final class McpClient implements AutoCloseable {
    private static final int MAX_PAGES = 10_000;

    private final ClientConfig config;
    private final JsonMapper mapper;
    private final JsonMapper lenient;
    private final ConnectionState state = new ConnectionState();
    private final ToolCatalog tools = new ToolCatalog();
    private final ResultCache cache = new ResultCache();
    private final ExecutorService handlerExecutor = ClientThreads.newHandlerExecutor();
    private final ClientSession session;
    private final RequestPipeline pipeline;

    McpClient(ClientConfig config) {
        this.config = config;
        InputAnswers answers = new InputAnswers(config);
        this.session = new ClientSession(config, answers);
        this.mapper = session.mapper();
        this.lenient = mapper.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        Envelope envelope = new Envelope(mapper, config.capabilities(mapper), config.clientInfo(), config.logLevel());
        this.pipeline = new RequestPipeline(session, state, envelope, answers, cache, handlerExecutor);
        invalidateOnChanges();
    }

    public static McpClientBuilder builder() {
        return new McpClientBuilder();
    }

    private void invalidateOnChanges() {
        NotificationRouter router = session.notifications();
        router.add("notifications/tools/list_changed", p -> {
            cache.invalidate("tools/list");
            tools.forget();
        });
        router.add("notifications/prompts/list_changed", p -> cache.invalidate("prompts/list"));
        router.add("notifications/resources/list_changed", p -> {
            cache.invalidate("resources/list");
            cache.invalidate("resources/templates/list");
        });
        router.add("notifications/resources/updated", p -> cache.invalidate("resources/read"));
    }

    // ---- lifecycle --------------------------------------------------------------------------------------

    /** Opens the transport and negotiates the revision; on failure the client is closed. */
    public ServerDescription connect() {
        HttpTransportOptions http = HttpTransportOptions.defaults()
                .withAuthorizer(config.authorizer())
                .withRequestTimeout(config.requestTimeout())
                .withMaxMessageBytes(config.maxMessageBytes())
                .withMessageHeaders(new HeaderMirror(state::modernVersionId, tools)::headersFor);
        try {
            ServerDescription description = new Handshake(session, state, pipeline, http).connect();
            if (!description.version().isModern() && config.logLevel() != null && description.supports("logging")) {
                setLoggingLevel(config.logLevel());
            }
            return description;
        } catch (IOException e) {
            close();
            throw new McpClientException("Could not connect to " + config.transport() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** What the server said about itself; {@code null} before {@link #connect()}. */
    public ServerDescription server() {
        return state.server();
    }

    public ProtocolVersion protocolVersion() {
        return state.version();
    }

    /** Requests still waiting for their answers (for monitoring, and for tests that check nothing leaks). */
    public int pendingRequests() {
        return session.pendingRequests();
    }

    @Override
    public void close() {
        session.close();
        handlerExecutor.shutdownNow();
    }

    // ---- tools ------------------------------------------------------------------------------------------

    /**
     * One page of tools. In the 2026-07-28 era, tools whose {@code x-mcp-header} annotations are invalid are left
     * out, as the specification requires.
     */
    public CompletableFuture<Page<Tool>> listToolsAsync(String cursor) {
        return Futures.map("tools/list", pipeline.request("tools/list", cursorParams(cursor), RequestOptions.CACHEABLE),
                result -> new Page<>(tools.accept(items(result, "tools", Tool.class), state.isModern()), nextCursor(result)));
    }

    public Page<Tool> listTools(String cursor) {
        return Await.result("tools/list", listToolsAsync(cursor));
    }

    /** Every tool, following the cursors. */
    public List<Tool> listTools() {
        return all(this::listTools);
    }

    /**
     * Calls a tool. In the 2026-07-28 era {@code input_required} rounds are answered with the registered handlers
     * on the way, and the tools are listed first if they never were (their schemas decide the
     * {@code Mcp-Param-*} headers). A declared {@code outputSchema} is enforced on the structured result.
     *
     * @param progress receives the server's progress notifications, or {@code null}
     */
    public CompletableFuture<ToolResult> callToolAsync(String name, JsonNode arguments, ProgressListener progress) {
        ObjectNode params = mapper.createObjectNode().put("name", name);
        if (arguments != null) {
            params.set("arguments", arguments);
        }
        RequestOptions options = progress == null ? RequestOptions.DEFAULT : RequestOptions.withProgress(progress);
        CompletableFuture<Void> ready = state.isModern() && !tools.listed()
                ? Futures.map("tools/list", listToolsAsync(null), page -> null)
                : CompletableFuture.completedFuture(null);
        if (!state.isModern() && tools.taskRequired(name)) {
            return Futures.then("tools/call " + name, startToolTaskAsync(name, arguments), ToolTask::resultAsync);
        }
        return Futures.then("tools/call " + name, ready, ignored -> Futures.then("tools/call " + name,
                pipeline.request("tools/call", params, options), result -> finish(name, result)));
    }

    /** A direct result is checked; a task the server chose to create (2026-07-28 extension) is awaited. */
    private CompletableFuture<ToolResult> finish(String name, JsonNode result) {
        if (state.isModern() && "task".equals(result.path("resultType").asString(""))) {
            return task(name, result).resultAsync();
        }
        return CompletableFuture.completedFuture(checked(name, result));
    }

    /**
     * Asks the server to run a tool call as a task (2025-11-25 {@code task} augmentation) and returns the task as soon
     * as the server created it. {@link #callTool} does this by itself for tools whose {@code execution.taskSupport} is
     * {@code required}. In the 2026-07-28 era the server decides which calls become tasks, and {@link #callTool}
     * follows them to their result, so this method is for the legacy era only.
     */
    public CompletableFuture<ToolTask> startToolTaskAsync(String name, JsonNode arguments) {
        if (state.isModern()) {
            return CompletableFuture.failedFuture(new McpClientException("In " + state.version()
                    + " the server decides which calls become tasks; use callTool"));
        }
        ObjectNode params = mapper.createObjectNode().put("name", name);
        if (arguments != null) {
            params.set("arguments", arguments);
        }
        params.putObject("task");
        return Futures.map("tools/call " + name + " as a task", pipeline.request("tools/call", params, RequestOptions.DEFAULT),
                result -> task(name, result.path("task")));
    }

    public ToolTask startToolTask(String name, JsonNode arguments) {
        return Await.result("tools/call " + name + " as a task", startToolTaskAsync(name, arguments));
    }

    private ToolTask task(String name, JsonNode taskJson) {
        return new ToolTask(pipeline, TaskState.of(taskJson), result -> checked(name, result), handlerExecutor);
    }

    public ToolResult callTool(String name, JsonNode arguments) {
        return Await.result("tools/call " + name, callToolAsync(name, arguments, null));
    }

    public ToolResult callTool(String name, Map<String, ?> arguments) {
        JsonNode tree = mapper.valueToTree(arguments);
        return callTool(name, tree);
    }

    private ToolResult checked(String name, JsonNode result) {
        ToolResult toolResult = new ToolResult(result);
        tools.outputProblem(name, toolResult).ifPresent(problem -> {
            throw new McpClientException("Invalid tool result: " + problem);
        });
        return toolResult;
    }

    // ---- resources --------------------------------------------------------------------------------------

    public Page<Resource> listResources(String cursor) {
        return page("resources/list", cursor, "resources", Resource.class);
    }

    public List<Resource> listResources() {
        return all(this::listResources);
    }

    public Page<ResourceTemplate> listResourceTemplates(String cursor) {
        return page("resources/templates/list", cursor, "resourceTemplates", ResourceTemplate.class);
    }

    public List<ResourceTemplate> listResourceTemplates() {
        return all(this::listResourceTemplates);
    }

    /** The {@code resources/read} result: {@code contents} and, in 2026-07-28, caching hints. */
    public CompletableFuture<JsonNode> readResourceAsync(String uri) {
        return Futures.map("resources/read " + uri,
                pipeline.request("resources/read", mapper.createObjectNode().put("uri", uri), RequestOptions.CACHEABLE),
                Function.identity());
    }

    public JsonNode readResource(String uri) {
        return Await.result("resources/read " + uri, readResourceAsync(uri));
    }

    /** Legacy era: asks for {@code notifications/resources/updated} about one resource. */
    public void subscribe(String uri) {
        requireLegacy("resources/subscribe", "listen()");
        call("resources/subscribe", mapper.createObjectNode().put("uri", uri));
    }

    public void unsubscribe(String uri) {
        requireLegacy("resources/unsubscribe", "listen()");
        call("resources/unsubscribe", mapper.createObjectNode().put("uri", uri));
    }

    /**
     * 2026-07-28: opens a {@code subscriptions/listen} stream for list changes and resource updates.
     *
     * @param filter the {@code notifications} object, e.g. {@code {"toolsListChanged":true,"resourceSubscriptions":["test://x"]}}
     */
    public Subscription listen(JsonNode filter) {
        if (!state.isModern()) {
            throw new McpClientException("subscriptions/listen exists only in 2026-07-28; use subscribe() and the GET stream");
        }
        ObjectNode params = mapper.createObjectNode();
        params.set("notifications", filter == null ? mapper.createObjectNode() : filter);
        ObjectNode wrapped = pipeline.envelope().wrap(params, state.modernVersionId(), null);
        CompletableFuture<JsonNode> acknowledged = new CompletableFuture<>();
        ClientSession.Call call = session.start("subscriptions/listen", wrapped, Duration.ZERO, null, null);
        Registration registration = session.notifications().add("notifications/subscriptions/acknowledged", p -> {
            // compared as ids: 7 may come back as an int node although it went out as a long one
            if (call.id().equals(JsonRpcId.fromJson(p.path("_meta").get(MetaKeys.SUBSCRIPTION_ID)))) {
                acknowledged.complete(p.path("notifications"));
            }
        });
        call.result().whenComplete((r, e) -> {
            registration.close();
            if (e != null) {
                acknowledged.completeExceptionally(e);
            }
        });
        acknowledged.whenComplete((r, e) -> registration.close());
        return new Subscription(acknowledged, call.result());
    }

    // ---- prompts and completion -------------------------------------------------------------------------

    public Page<Prompt> listPrompts(String cursor) {
        return page("prompts/list", cursor, "prompts", Prompt.class);
    }

    public List<Prompt> listPrompts() {
        return all(this::listPrompts);
    }

    /** The {@code prompts/get} result: {@code description} and {@code messages}. */
    public JsonNode getPrompt(String name, Map<String, String> arguments) {
        ObjectNode params = mapper.createObjectNode().put("name", name);
        if (arguments != null && !arguments.isEmpty()) {
            params.set("arguments", mapper.valueToTree(arguments));
        }
        return call("prompts/get", params);
    }

    /**
     * Asks for completions of one argument.
     *
     * @param ref {@code {"type":"ref/prompt","name":...}} or {@code {"type":"ref/resource","uri":...}}
     * @param context values of arguments already chosen, or {@code null}
     * @return the {@code completion} object: {@code values}, {@code total}, {@code hasMore}
     */
    public JsonNode complete(JsonNode ref, String argument, String value, Map<String, String> context) {
        ObjectNode params = mapper.createObjectNode();
        params.set("ref", ref);
        params.putObject("argument").put("name", argument).put("value", value);
        if (context != null && !context.isEmpty()) {
            params.putObject("context").set("arguments", mapper.valueToTree(context));
        }
        return call("completion/complete", params).path("completion");
    }

    // ---- utilities --------------------------------------------------------------------------------------

    /** Legacy: {@code logging/setLevel}. 2026-07-28: the level travels in every later request's {@code _meta}. */
    public void setLoggingLevel(LoggingLevel level) {
        if (state.isModern()) {
            pipeline.envelope().logLevel(level);
            return;
        }
        call("logging/setLevel", mapper.createObjectNode().put("level", level.wireName()));
    }

    /** Checks the server is alive: {@code ping}, or {@code server/discover} in 2026-07-28 where ping is gone. */
    public void ping() {
        call(state.isModern() ? "server/discover" : "ping", null);
    }

    /** Any request, sent the way the era wants it; for methods this class has no shortcut for. */
    public CompletableFuture<JsonNode> request(String method, JsonNode params) {
        return Futures.map(method, pipeline.request(method, params, RequestOptions.DEFAULT), Function.identity());
    }

    /** Legacy: tells the server the roots changed, so it asks for them again. */
    public void notifyRootsListChanged() {
        requireLegacy("notifications/roots/list_changed", "input_required rounds");
        session.notifyServer("notifications/roots/list_changed", null);
    }

    /** Drops every cached 2026-07-28 result. */
    public void clearCache() {
        cache.clear();
    }

    // ---- notifications ----------------------------------------------------------------------------------

    /** Calls the listener with the params of every notification of {@code method}. */
    public Registration onNotification(String method, Consumer<JsonNode> listener) {
        return session.notifications().add(method, listener);
    }

    public Registration onToolsListChanged(Runnable listener) {
        return onNotification("notifications/tools/list_changed", p -> listener.run());
    }

    public Registration onPromptsListChanged(Runnable listener) {
        return onNotification("notifications/prompts/list_changed", p -> listener.run());
    }

    public Registration onResourcesListChanged(Runnable listener) {
        return onNotification("notifications/resources/list_changed", p -> listener.run());
    }

    /** Receives the URI of each updated resource. */
    public Registration onResourceUpdated(Consumer<String> listener) {
        return onNotification("notifications/resources/updated", p -> listener.accept(p.path("uri").asString("")));
    }

    /** Receives {@code notifications/message} params: {@code level}, {@code logger}, {@code data}. */
    public Registration onLogMessage(Consumer<JsonNode> listener) {
        return onNotification("notifications/message", listener);
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private JsonNode call(String method, JsonNode params) {
        return Await.result(method, pipeline.request(method, params, RequestOptions.DEFAULT));
    }

    private void requireLegacy(String method, String instead) {
        if (state.isModern()) {
            throw new McpClientException(method + " does not exist in " + state.version() + "; use " + instead);
        }
    }

    private <T> Page<T> page(String method, String cursor, String field, Class<T> type) {
        JsonNode result = Await.result(method, pipeline.request(method, cursorParams(cursor), RequestOptions.CACHEABLE));
        return new Page<>(items(result, field, type), nextCursor(result));
    }

    private ObjectNode cursorParams(String cursor) {
        ObjectNode params = mapper.createObjectNode();
        if (cursor != null) {
            params.put("cursor", cursor);
        }
        return params;
    }

    private <T> List<T> items(JsonNode result, String field, Class<T> type) {
        JsonNode array = result.path(field);
        if (!array.isArray()) {
            throw new McpClientException("The server's result has no " + field + " array");
        }
        List<T> list = new ArrayList<>(array.size());
        for (JsonNode item : array) {
            list.add(lenient.treeToValue(item, type));
        }
        return list;
    }

    private static String nextCursor(JsonNode result) {
        JsonNode cursor = result.get("nextCursor");
        return cursor != null && cursor.isString() ? cursor.stringValue() : null;
    }

    /** Follows cursors to the end; a server repeating a cursor would loop forever, so that ends it too. */
    private static <T> List<T> all(Function<String, Page<T>> fetch) {
        List<T> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String cursor = null;
        for (int pages = 0; pages < MAX_PAGES; pages++) {
            Page<T> page = fetch.apply(cursor);
            items.addAll(page.items());
            cursor = page.nextCursor();
            if (cursor == null || !seen.add(cursor)) {
                return items;
            }
        }
        throw new McpClientException("The server returned more than " + MAX_PAGES + " pages");
    }
}
