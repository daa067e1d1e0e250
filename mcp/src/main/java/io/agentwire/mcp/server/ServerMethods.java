package io.agentwire.mcp.server;

import io.agentwire.mcp.model.MetaKeys;

import java.util.List;
import java.util.Optional;

import io.agentwire.jsonrpc.JsonRpcException;
import io.agentwire.jsonrpc.model.JsonRpcError;
import io.agentwire.mcp.LoggingLevel;
import io.agentwire.mcp.McpException;
import io.agentwire.mcp.McpServer;
import io.agentwire.mcp.ProtocolVersion;
import io.agentwire.mcp.server.ServerRuntime.MethodCall;
import io.agentwire.mcp.server.ServerRuntime.MethodHandler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The methods that need no handler code of the user's: lifecycle, discovery, listing, logging, completion and
 * subscriptions. Feature calls that run user handlers live in {@link FeatureCalls}.
 */
final class ServerMethods {
    private final ServerRuntime runtime;
    private final McpServer server;
    private final Pagination pagination;
    private final FeatureCalls features;

    ServerMethods(ServerRuntime runtime) {
        this.runtime = runtime;
        this.server = runtime.server();
        this.pagination = new Pagination(server.pageSize());
        this.features = new FeatureCalls(runtime);
    }

    static void register(ServerRuntime r, ServerMethods m) {
        r.register("initialize", m::initialize, true, false);
        r.register("ping", call -> r.mapper().createObjectNode(), true, false);
        r.register("logging/setLevel", m::setLevel, true, false);
        r.register("resources/subscribe", m::subscribe, true, false);
        r.register("resources/unsubscribe", m::unsubscribe, true, false);
        r.register("server/discover", m::discover, false, true);
        r.register("subscriptions/listen", m::listen, false, true);
        r.register("tools/list", m::listTools, true, true);
        r.register("resources/list", m::listResources, true, true);
        r.register("resources/templates/list", m::listTemplates, true, true);
        r.register("prompts/list", m::listPrompts, true, true);
        r.register("completion/complete", m::complete, true, true);
        MethodHandler callTool = new MethodHandler() {
            @Override
            public JsonNode handle(MethodCall call) {
                return m.features.callTool(call);
            }

            @Override
            public boolean blocking(io.agentwire.jsonrpc.model.JsonRpcRequest request) {
                McpServer.RegisteredTool tool = m.server.tool(request.params() == null ? "" : request.params().path("name").asString(""));
                return tool == null || !tool.nonBlocking(); // unknown tools fail fast either way
            }
        };
        MethodHandler readResource = blocking(m.features::readResource);
        MethodHandler getPrompt = blocking(m.features::getPrompt);
        r.register("tools/call", callTool, true, true);
        r.register("resources/read", readResource, true, true);
        r.register("prompts/get", getPrompt, true, true);
    }

    private static MethodHandler blocking(MethodHandler handler) {
        return new MethodHandler() {
            @Override
            public JsonNode handle(MethodCall call) {
                return handler.handle(call);
            }

            @Override
            public boolean blocking(io.agentwire.jsonrpc.model.JsonRpcRequest request) {
                return true;
            }
        };
    }

    private JsonNode initialize(MethodCall call) {
        LegacySession session = call.scope().session();
        JsonNode params = call.params();
        String requested = params.path("protocolVersion").asString("");
        ProtocolVersion version = ProtocolVersion.parse(requested)
                .filter(v -> !v.isModern())
                .orElse(ProtocolVersion.LATEST_LEGACY);
        session.initialize(version, params.get("capabilities"), params.get("clientInfo"));
        ObjectNode result = runtime.mapper().createObjectNode();
        result.put("protocolVersion", version.id());
        result.set("capabilities", capabilities(version));
        result.set("serverInfo", runtime.serverInfoJson());
        if (server.instructions() != null) {
            result.put("instructions", server.instructions());
        }
        return result;
    }

    /** The capabilities this server declares; the same features in every revision, in each revision's terms. */
    ObjectNode capabilities(ProtocolVersion version) {
        ObjectNode caps = runtime.mapper().createObjectNode();
        caps.putObject("tools").put("listChanged", true);
        ObjectNode resources = caps.putObject("resources");
        if (!version.isModern()) {
            resources.put("subscribe", true);
        }
        resources.put("listChanged", true);
        caps.putObject("prompts").put("listChanged", true);
        caps.putObject("logging");
        if (version.atLeast(ProtocolVersion.V2025_03_26)) {
            caps.putObject("completions");
        }
        if (version.isModern()) {
            caps.putObject("extensions").putObject(TaskManager.EXTENSION);
        } else if (version.atLeast(ProtocolVersion.V2025_11_25)) {
            ObjectNode tasks = caps.putObject("tasks");
            tasks.putObject("list");
            tasks.putObject("cancel");
            tasks.putObject("requests").putObject("tools").putObject("call");
        }
        return caps;
    }

    private JsonNode discover(MethodCall call) {
        ObjectNode result = runtime.mapper().createObjectNode();
        result.put("resultType", "complete");
        ArrayNode versions = result.putArray("supportedVersions");
        ProtocolVersion.modernIds().forEach(versions::add);
        result.set("capabilities", capabilities(ProtocolVersion.LATEST));
        if (server.instructions() != null) {
            result.put("instructions", server.instructions());
        }
        result.putObject("_meta").set(MetaKeys.SERVER_INFO, runtime.serverInfoJson());
        cacheHints(result);
        return result;
    }

    private JsonNode setLevel(MethodCall call) {
        String level = call.params().path("level").asString("");
        LoggingLevel parsed = LoggingLevel.parse(level)
                .orElseThrow(() -> McpException.invalidParams("Unknown log level: " + level));
        call.scope().session().setLogLevel(parsed);
        return runtime.mapper().createObjectNode();
    }

    private JsonNode subscribe(MethodCall call) {
        call.scope().session().subscriptions().add(requireUri(call.params()));
        return runtime.mapper().createObjectNode();
    }

    private JsonNode unsubscribe(MethodCall call) {
        call.scope().session().subscriptions().remove(requireUri(call.params()));
        return runtime.mapper().createObjectNode();
    }

    private JsonNode listen(MethodCall call) {
        runtime.subscriptions().listen(call.request(), call.sink());
        return null; // the stream stays open until the client closes it
    }

    private JsonNode listTools(MethodCall call) {
        return list(call, "tools", server.tools().stream().map(t -> (Object) t.tool()).toList());
    }

    private JsonNode listResources(MethodCall call) {
        return list(call, "resources", server.resources().stream().map(r -> (Object) r.resource()).toList());
    }

    private JsonNode listTemplates(MethodCall call) {
        return list(call, "resourceTemplates", server.templates().stream().map(t -> (Object) t.template()).toList());
    }

    private JsonNode listPrompts(MethodCall call) {
        return list(call, "prompts", server.prompts().stream().map(p -> (Object) p.prompt()).toList());
    }

    private JsonNode list(MethodCall call, String field, List<Object> items) {
        JsonNode cursorNode = call.params().get("cursor");
        String cursor = cursorNode == null || cursorNode.isNull() ? null : cursorNode.asString();
        Pagination.Page page = pagination.page(items.size(), cursor);
        ObjectNode result = runtime.mapper().createObjectNode();
        ArrayNode array = result.putArray(field);
        items.subList(page.from(), page.to()).forEach(item -> array.add(runtime.mapper().valueToTree(item)));
        page.nextCursor().ifPresent(next -> result.put("nextCursor", next));
        if (call.scope().isModern()) {
            cacheHints(result);
        }
        return result;
    }

    /** Modern-era caching hints: list results hold no per-user data, so shared caches may keep them. */
    private void cacheHints(ObjectNode result) {
        cacheHints(result, server);
    }

    static void cacheHints(ObjectNode result, McpServer server) {
        result.put("ttlMs", server.cacheTtlMillis());
        result.put("cacheScope", "public");
    }

    private JsonNode complete(MethodCall call) {
        JsonNode params = call.params();
        JsonNode ref = params.path("ref");
        JsonNode argument = params.path("argument");
        if (!ref.isObject() || !argument.isObject()) {
            throw McpException.invalidParams("completion/complete needs ref and argument");
        }
        List<String> values = Optional.ofNullable(server.completions())
                .map(h -> h.complete(ref, argument.path("name").asString(""), argument.path("value").asString(""),
                        params.path("context")))
                .orElse(List.of());
        ObjectNode result = runtime.mapper().createObjectNode();
        ObjectNode completion = result.putObject("completion");
        ArrayNode array = completion.putArray("values");
        values.stream().limit(100).forEach(array::add);
        completion.put("total", values.size());
        completion.put("hasMore", values.size() > 100);
        return result;
    }

    static String requireUri(JsonNode params) {
        JsonNode uri = params.get("uri");
        if (uri == null || !uri.isString()) {
            throw new JsonRpcException(JsonRpcError.INVALID_PARAMS, "uri is required");
        }
        return uri.stringValue();
    }
}
