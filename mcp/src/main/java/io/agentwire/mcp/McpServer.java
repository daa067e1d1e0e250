package io.agentwire.mcp;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

import io.agentwire.mcp.model.Implementation;
import io.agentwire.mcp.model.Prompt;
import io.agentwire.mcp.model.Resource;
import io.agentwire.mcp.model.ResourceTemplate;
import io.agentwire.mcp.model.Tool;
import io.agentwire.mcp.schema.ToolSchemas;
import io.agentwire.mcp.server.HandlerExecutors;
import io.agentwire.mcp.server.UriTemplate;

/**
 * An MCP server definition: its identity and the tools, resources and prompts it offers. Transport-neutral and
 * era-neutral: hand it to {@code McpHttpServer} or {@code McpStdioServer} to serve it over a carrier, in every
 * protocol revision at once.
 *
 * <pre>{@code
 * McpServer server = McpServer.builder("weather", "1.0.0")
 *     .tool(Tools.named("forecast").description("Forecast for a city").stringParam("city", "City name").build(),
 *           call -> CallToolResult.text("Sunny in " + call.argument("city")))
 *     .build();
 * }</pre>
 */
public final class McpServer {
    /**
     * A tool together with its handler and its compiled input/output validators.
     *
     * @param nonBlocking whether the handler may run on the I/O thread (see {@link Builder#nonBlockingTool})
     */
    public record RegisteredTool(Tool tool, ToolHandler handler, ToolSchemas schemas, boolean nonBlocking) {
    }

    public record RegisteredResource(Resource resource, ResourceHandler handler) {
    }

    public record RegisteredTemplate(ResourceTemplate template, UriTemplate uriTemplate, ResourceHandler handler) {
    }

    public record RegisteredPrompt(Prompt prompt, PromptHandler handler) {
    }

    /** The list kinds whose changes clients can be told about. */
    public enum ListKind {
        TOOLS("notifications/tools/list_changed"),
        RESOURCES("notifications/resources/list_changed"),
        PROMPTS("notifications/prompts/list_changed");

        private final String notification;

        ListKind(String notification) {
            this.notification = notification;
        }

        public String notificationMethod() {
            return notification;
        }
    }

    private final Implementation info;
    private final String instructions;
    private final Map<String, RegisteredTool> tools = new ConcurrentHashMap<>();
    private final List<String> toolOrder = new CopyOnWriteArrayList<>();
    private final Map<String, RegisteredResource> resources = new ConcurrentHashMap<>();
    private final List<String> resourceOrder = new CopyOnWriteArrayList<>();
    private final List<RegisteredTemplate> templates = new CopyOnWriteArrayList<>();
    private final Map<String, RegisteredPrompt> prompts = new ConcurrentHashMap<>();
    private final List<String> promptOrder = new CopyOnWriteArrayList<>();
    private final CompletionHandler completions;
    private final int pageSize;
    private final Duration clientRequestTimeout;
    private final ExecutorService executor;
    private final byte[] stateKey;
    private final long cacheTtlMillis;
    private final int maxInFlightRequests;
    private final List<Consumer<ListKind>> listChangeListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> resourceUpdateListeners = new CopyOnWriteArrayList<>();

    private McpServer(Builder b) {
        this.info = b.info;
        this.instructions = b.instructions;
        this.completions = b.completions;
        this.pageSize = b.pageSize;
        this.clientRequestTimeout = b.clientRequestTimeout;
        this.executor = b.executor != null ? b.executor : HandlerExecutors.defaultExecutor();
        this.stateKey = b.stateKey != null ? b.stateKey.clone() : randomKey();
        this.cacheTtlMillis = b.cacheTtlMillis;
        this.maxInFlightRequests = b.maxInFlightRequests;
        b.tools.forEach(t -> putTool(t));
        b.resources.forEach(r -> putResource(r));
        templates.addAll(b.templates);
        b.prompts.forEach(p -> putPrompt(p));
    }

    public static Builder builder(String name, String version) {
        return new Builder(Implementation.of(name, version));
    }

    public static Builder builder(Implementation info) {
        return new Builder(info);
    }

    public Implementation info() {
        return info;
    }

    public String instructions() {
        return instructions;
    }

    public List<RegisteredTool> tools() {
        return ordered(toolOrder, tools);
    }

    public RegisteredTool tool(String name) {
        return tools.get(name);
    }

    public List<RegisteredResource> resources() {
        return ordered(resourceOrder, resources);
    }

    public RegisteredResource resource(String uri) {
        return resources.get(uri);
    }

    public List<RegisteredTemplate> templates() {
        return List.copyOf(templates);
    }

    public List<RegisteredPrompt> prompts() {
        return ordered(promptOrder, prompts);
    }

    public RegisteredPrompt prompt(String name) {
        return prompts.get(name);
    }

    public CompletionHandler completions() {
        return completions;
    }

    public int pageSize() {
        return pageSize;
    }

    public Duration clientRequestTimeout() {
        return clientRequestTimeout;
    }

    public ExecutorService executor() {
        return executor;
    }

    /** The secret that protects modern-era {@code requestState}; shared by every transport of this server. */
    public byte[] stateKey() {
        return stateKey.clone();
    }

    /** How long clients may cache list and read results (modern era {@code ttlMs}). */
    public long cacheTtlMillis() {
        return cacheTtlMillis;
    }

    /** How many handler calls may run at once per transport; beyond it requests are refused with -32000. */
    public int maxInFlightRequests() {
        return maxInFlightRequests;
    }

    /** Adds or replaces a tool at run time and tells subscribed clients. */
    public void addTool(Tool tool, ToolHandler handler) {
        ToolNames.check(tool.name());
        putTool(new RegisteredTool(tool, handler, ToolSchemas.compile(tool), false));
        fireListChanged(ListKind.TOOLS);
    }

    public void removeTool(String name) {
        if (tools.remove(name) != null) {
            toolOrder.remove(name);
            fireListChanged(ListKind.TOOLS);
        }
    }

    public void addPrompt(Prompt prompt, PromptHandler handler) {
        putPrompt(new RegisteredPrompt(prompt, handler));
        fireListChanged(ListKind.PROMPTS);
    }

    public void addResource(Resource resource, ResourceHandler handler) {
        putResource(new RegisteredResource(resource, handler));
        fireListChanged(ListKind.RESOURCES);
    }

    /** Tells subscribers that a resource's contents changed ({@code notifications/resources/updated}). */
    public void resourceUpdated(String uri) {
        resourceUpdateListeners.forEach(l -> l.accept(uri));
    }

    public void fireListChanged(ListKind kind) {
        listChangeListeners.forEach(l -> l.accept(kind));
    }

    /** Transports register here to forward list changes to their clients. */
    public Runnable onListChanged(Consumer<ListKind> listener) {
        listChangeListeners.add(listener);
        return () -> listChangeListeners.remove(listener);
    }

    public Runnable onResourceUpdated(Consumer<String> listener) {
        resourceUpdateListeners.add(listener);
        return () -> resourceUpdateListeners.remove(listener);
    }

    private void putTool(RegisteredTool t) {
        if (tools.put(t.tool().name(), t) == null) {
            toolOrder.add(t.tool().name());
        }
    }

    private void putResource(RegisteredResource r) {
        if (resources.put(r.resource().uri(), r) == null) {
            resourceOrder.add(r.resource().uri());
        }
    }

    private void putPrompt(RegisteredPrompt p) {
        if (prompts.put(p.prompt().name(), p) == null) {
            promptOrder.add(p.prompt().name());
        }
    }

    private static <T> List<T> ordered(Collection<String> order, Map<String, T> items) {
        List<T> out = new ArrayList<>(order.size());
        for (String key : order) {
            T item = items.get(key);
            if (item != null) {
                out.add(item);
            }
        }
        return out;
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    /** Collects a server definition. Not thread-safe; build once, then serve. */
    public static final class Builder {
        private final Implementation info;
        private String instructions;
        private final List<RegisteredTool> tools = new ArrayList<>();
        private final List<RegisteredResource> resources = new ArrayList<>();
        private final List<RegisteredTemplate> templates = new ArrayList<>();
        private final List<RegisteredPrompt> prompts = new ArrayList<>();
        private CompletionHandler completions;
        private int pageSize = 100;
        private Duration clientRequestTimeout = Duration.ofSeconds(60);
        private ExecutorService executor;
        private byte[] stateKey;
        private long cacheTtlMillis = 0;
        private int maxInFlightRequests = 4096;

        private Builder(Implementation info) {
            this.info = Objects.requireNonNull(info, "info");
        }

        public Builder instructions(String instructions) {
            this.instructions = instructions;
            return this;
        }

        public Builder tool(Tool tool, ToolHandler handler) {
            return register(tool, handler, false);
        }

        /**
         * Registers a tool whose handler never blocks (no I/O, no sleeping, no waiting for the client): it runs on
         * the connection's I/O thread, saving the hand-off to the handler executor, which costs more than a quick
         * handler itself. A handler that does block here stalls every connection on that thread.
         */
        public Builder nonBlockingTool(Tool tool, ToolHandler handler) {
            return register(tool, handler, true);
        }

        private Builder register(Tool tool, ToolHandler handler, boolean nonBlocking) {
            ToolNames.check(tool.name());
            tools.add(new RegisteredTool(tool, handler, ToolSchemas.compile(tool), nonBlocking));
            return this;
        }

        /** Registers every {@link McpTool}-annotated method of the object as a tool. */
        public Builder tools(Object annotatedToolHolder) {
            AnnotatedTools.scan(annotatedToolHolder).forEach(t -> tool(t.tool(), t.handler()));
            return this;
        }

        public Builder resource(Resource resource, ResourceHandler handler) {
            resources.add(new RegisteredResource(resource, handler));
            return this;
        }

        public Builder resourceTemplate(ResourceTemplate template, ResourceHandler handler) {
            templates.add(new RegisteredTemplate(template, UriTemplate.parse(template.uriTemplate()), handler));
            return this;
        }

        public Builder prompt(Prompt prompt, PromptHandler handler) {
            prompts.add(new RegisteredPrompt(prompt, handler));
            return this;
        }

        public Builder completions(CompletionHandler handler) {
            this.completions = handler;
            return this;
        }

        /** Items per page of list results; a {@code nextCursor} is returned when there are more. */
        public Builder pageSize(int pageSize) {
            if (pageSize < 1) {
                throw new IllegalArgumentException("pageSize must be positive");
            }
            this.pageSize = pageSize;
            return this;
        }

        /** How long a legacy-era server-to-client request (sampling, elicitation, roots) may take. */
        public Builder clientRequestTimeout(Duration timeout) {
            this.clientRequestTimeout = timeout;
            return this;
        }

        /** Executor for handlers; defaults to virtual threads on JDKs that have them. */
        public Builder executor(ExecutorService executor) {
            this.executor = executor;
            return this;
        }

        /** Key for the HMAC that protects {@code requestState}; set it to the same value on every replica. */
        public Builder requestStateKey(byte[] key) {
            if (key.length < 16) {
                throw new IllegalArgumentException("requestState key needs at least 16 bytes");
            }
            this.stateKey = key.clone();
            return this;
        }

        /** Bounds concurrent handler calls; excess requests get a -32000 "Server overloaded" error at once. */
        public Builder maxInFlightRequests(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxInFlightRequests must be positive");
            }
            this.maxInFlightRequests = max;
            return this;
        }

        public Builder cacheTtl(Duration ttl) {
            this.cacheTtlMillis = ttl.toMillis();
            return this;
        }

        public McpServer build() {
            return new McpServer(this);
        }
    }
}
