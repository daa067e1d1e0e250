package io.agentwire.mcp.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.agentwire.jsonrpc.JsonRpcException;
import io.agentwire.jsonrpc.model.JsonRpcError;
import io.agentwire.jsonrpc.model.JsonRpcResult;
import io.agentwire.mcp.DeferredTaskHandler;
import io.agentwire.mcp.InputRequest;
import io.agentwire.mcp.ProtocolVersion;
import io.agentwire.mcp.TaskSupport;
import io.agentwire.mcp.McpException;
import io.agentwire.mcp.McpServer;
import io.agentwire.mcp.McpServer.RegisteredPrompt;
import io.agentwire.mcp.McpServer.RegisteredResource;
import io.agentwire.mcp.McpServer.RegisteredTemplate;
import io.agentwire.mcp.McpServer.RegisteredTool;
import io.agentwire.mcp.model.CallToolResult;
import io.agentwire.mcp.model.GetPromptResult;
import io.agentwire.mcp.model.PromptArgument;
import io.agentwire.mcp.model.ResourceContents;
import io.agentwire.mcp.server.ServerRuntime.MethodCall;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The three calls that run user handlers: {@code tools/call}, {@code resources/read} and {@code prompts/get}.
 * All three may need client input, so all three share one runner that turns a handler's request for input into
 * a server-to-client request (legacy era) or an {@code input_required} result (modern era).
 */
final class FeatureCalls {
    private final ServerRuntime runtime;
    private final McpServer server;

    FeatureCalls(ServerRuntime runtime) {
        this.runtime = runtime;
        this.server = runtime.server();
    }

    JsonNode callTool(MethodCall call) {
        JsonNode params = call.params();
        String name = params.path("name").asString(null);
        if (name == null) {
            throw McpException.invalidParams("tools/call needs a tool name");
        }
        RegisteredTool tool = server.tool(name);
        if (tool == null) {
            throw McpException.invalidParams("Unknown tool: " + name);
        }
        JsonNode arguments = params.get("arguments");
        if (arguments != null && !arguments.isNull() && !arguments.isObject()) {
            throw McpException.invalidParams("arguments must be an object");
        }
        JsonNode args = arguments == null || arguments.isNull() ? runtime.mapper().createObjectNode() : arguments;
        Optional<String> invalid = tool.schemas().validateInput(args);
        if (invalid.isPresent()) {
            return runtime.mapper().valueToTree(CallToolResult.error("Invalid arguments for tool " + name + ": " + invalid.get()));
        }
        TaskPlan plan = taskPlan(call, tool);
        return run(call, "tools/call:" + name, args, null, Map.of(), plan, !tool.nonBlocking(), context -> {
            CallToolResult result;
            try {
                result = tool.handler().call(context);
            } catch (JsonRpcException | InputRequiredSignal e) {
                throw e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new JsonRpcException(JsonRpcError.INTERNAL_ERROR, "Tool call interrupted");
            } catch (Exception e) {
                result = CallToolResult.error(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
            return checkOutput(tool, result);
        });
    }

    private JsonNode checkOutput(RegisteredTool tool, CallToolResult result) {
        if (tool.schemas().hasOutputSchema() && !Boolean.TRUE.equals(result.isError())) {
            if (result.structuredContent() == null) {
                throw new JsonRpcException(JsonRpcError.INTERNAL_ERROR,
                        "Tool " + tool.tool().name() + " declares an outputSchema but returned no structuredContent");
            }
            tool.schemas().validateOutput(result.structuredContent()).ifPresent(problem -> {
                throw new JsonRpcException(JsonRpcError.INTERNAL_ERROR,
                        "Tool " + tool.tool().name() + " returned structuredContent that violates its outputSchema: " + problem);
            });
        }
        return runtime.mapper().valueToTree(result);
    }

    JsonNode readResource(MethodCall call) {
        String uri = ServerMethods.requireUri(call.params());
        RegisteredResource resource = server.resource(uri);
        if (resource != null) {
            return run(call, "resources/read:" + uri, null, uri, Map.of(), null, true, context -> contents(resource.handler().read(context), call.scope()));
        }
        for (RegisteredTemplate template : server.templates()) {
            Optional<Map<String, String>> match = template.uriTemplate().match(uri);
            if (match.isPresent()) {
                return run(call, "resources/read:" + uri, null, uri, match.get(), null, true, context -> contents(template.handler().read(context), call.scope()));
            }
        }
        ObjectNode data = runtime.mapper().createObjectNode().put("uri", uri);
        throw new McpException(call.version().resourceNotFoundCode(), "Resource not found: " + uri, data);
    }

    private JsonNode contents(List<ResourceContents> contents, CallScope scope) {
        ObjectNode result = runtime.mapper().createObjectNode();
        result.set("contents", runtime.mapper().valueToTree(contents));
        if (scope.isModern()) {
            ServerMethods.cacheHints(result, server);
        }
        return result;
    }

    JsonNode getPrompt(MethodCall call) {
        JsonNode params = call.params();
        String name = params.path("name").asString(null);
        RegisteredPrompt prompt = name == null ? null : server.prompt(name);
        if (prompt == null) {
            throw McpException.invalidParams("Unknown prompt: " + name);
        }
        JsonNode arguments = params.path("arguments");
        List<PromptArgument> declared = prompt.prompt().arguments() == null ? List.of() : prompt.prompt().arguments();
        for (PromptArgument argument : declared) {
            if (Boolean.TRUE.equals(argument.required()) && !arguments.has(argument.name())) {
                throw McpException.invalidParams("Missing required argument: " + argument.name());
            }
        }
        JsonNode args = arguments.isObject() ? arguments : runtime.mapper().createObjectNode();
        return run(call, "prompts/get:" + name, args, null, Map.of(), null, true, context -> {
            GetPromptResult result = prompt.handler().get(context);
            return runtime.mapper().valueToTree(result);
        });
    }

    /** A handler body that may throw anything; checked exceptions become tool errors or internal errors. */
    private interface Body {
        JsonNode run(RequestContextImpl context) throws Exception;
    }

    /** How a task-supporting tool call becomes a task: at once, or when its handler calls beginTask(). */
    private record TaskPlan(boolean immediate, Long ttlMillis) {
    }

    private TaskPlan taskPlan(MethodCall call, RegisteredTool tool) {
        TaskSupport support = TaskSupport.of(tool.tool());
        CallScope scope = call.scope();
        JsonNode legacyHint = call.params().get("task");
        boolean negotiated = scope.isModern() ? TaskManager.negotiated(scope)
                : scope.version().atLeast(ProtocolVersion.V2025_11_25) && legacyHint != null && legacyHint.isObject();
        if (support == TaskSupport.REQUIRED && !negotiated) {
            throw scope.isModern() ? TaskManager.extensionRequired()
                    : McpException.invalidParams("Tool " + tool.tool().name() + " must be called as a task");
        }
        if (!negotiated || support == TaskSupport.FORBIDDEN) {
            return null;
        }
        Long ttl = legacyHint != null && legacyHint.path("ttl").canConvertToLong() ? legacyHint.path("ttl").longValue() : null;
        return new TaskPlan(!(tool.handler() instanceof DeferredTaskHandler), ttl);
    }

    /**
     * @param ownThread whether the body runs on a handler thread of its own, which cancellation may interrupt;
     *                  false for non-blocking tools running on an I/O thread, which must never be interrupted
     */
    private JsonNode run(MethodCall call, String binding, JsonNode args, String uri, Map<String, String> vars,
                         TaskPlan plan, boolean ownThread, Body body) {
        CallScope scope = call.scope();
        JsonNode params = call.params();
        Map<String, JsonNode> responses = new LinkedHashMap<>();
        String userState = null;
        if (scope.isModern()) {
            SealedState opened = openState(params, binding);
            responses.putAll(opened.carried());
            userState = opened.userState();
            JsonNode fresh = params.get("inputResponses");
            if (fresh != null && fresh.isObject()) {
                fresh.properties().forEach(e -> responses.put(e.getKey(), e.getValue()));
            }
        }
        RequestContextImpl context = new RequestContextImpl(runtime, scope, call.sink(), args, uri, vars,
                params.get("_meta"), responses, userState);
        if (plan != null) {
            context.allowTask(ctx -> startTask(call, plan));
            if (plan.immediate()) {
                context.beginTask();
                server.executor().execute(() -> runAsTask(context, body));
                return null; // the task handle was the answer
            }
        }
        LegacySession session = scope.session();
        if (session != null) {
            session.track(call.request().id(), context);
        }
        if (ownThread) {
            call.sink().onAbandoned(context::cancel); // an inline call ends before any abandonment could be seen
            context.runningOn(Thread.currentThread());
        }
        try {
            JsonNode result = body.run(context);
            if (context.task() != null) {
                context.task().complete(result);
                return null;
            }
            return context.isCancelled() ? null : result;
        } catch (InputRequiredSignal signal) {
            return inputRequired(signal, binding, responses);
        } catch (JsonRpcException e) {
            if (context.task() != null) {
                context.task().fail(e.error());
                return null;
            }
            if (context.isCancelled()) {
                return null; // a cancelled request gets no response at all
            }
            throw e;
        } catch (Exception e) {
            if (context.task() != null) {
                context.task().fail(TaskManager.asError(e));
                return null;
            }
            if (context.isCancelled()) {
                return null;
            }
            throw new JsonRpcException(new JsonRpcError(JsonRpcError.INTERNAL_ERROR, "Internal error"), null, e);
        } finally {
            if (ownThread) {
                context.runningOn(null);
                Thread.interrupted(); // a cancellation must not leak into the next task on this thread
            }
        }
    }

    /** Creates the task, durably, before the client learns its id. */
    private TaskRecord startTask(MethodCall call, TaskPlan plan) {
        CallScope scope = call.scope();
        TaskRecord task = runtime.tasks().create(scope.session(), plan.ttlMillis());
        JsonNode handle;
        if (scope.isModern()) {
            handle = task.modernJson(runtime.mapper(), false);
        } else {
            ObjectNode wrapper = runtime.mapper().createObjectNode();
            wrapper.set("task", task.legacyJson(runtime.mapper()));
            handle = wrapper;
        }
        call.sink().respond(new JsonRpcResult(call.request().id(), handle));
        return task;
    }

    private void runAsTask(RequestContextImpl context, Body body) {
        TaskRecord task = context.task();
        context.runningOn(Thread.currentThread());
        try {
            task.complete(body.run(context));
        } catch (Exception e) {
            task.fail(TaskManager.asError(e)); // no effect if the task was cancelled meanwhile
        } finally {
            context.runningOn(null);
            task.runningOn(null);
            Thread.interrupted();
        }
    }

    private JsonNode inputRequired(InputRequiredSignal signal, String binding, Map<String, JsonNode> answered) {
        ObjectNode result = runtime.mapper().createObjectNode();
        result.put("resultType", "input_required");
        ObjectNode requests = result.putObject("inputRequests");
        for (Map.Entry<String, InputRequest> entry : signal.requests().entrySet()) {
            ObjectNode request = requests.putObject(entry.getKey());
            request.put("method", entry.getValue().method());
            request.set("params", entry.getValue().params());
        }
        if (signal.state() != null || !answered.isEmpty()) {
            ObjectNode state = runtime.mapper().createObjectNode();
            if (signal.state() != null) {
                state.put("s", signal.state());
            }
            state.set("a", runtime.mapper().valueToTree(answered));
            result.put("requestState", runtime.seal().seal(runtime.mapper().writeValueAsString(state), binding));
        }
        return result;
    }

    /** The handler's own state and the answers of earlier rounds, both carried in the sealed requestState. */
    private record SealedState(String userState, Map<String, JsonNode> carried) {
    }

    private SealedState openState(JsonNode params, String binding) {
        JsonNode token = params.get("requestState");
        if (token == null || token.isNull()) {
            return new SealedState(null, Map.of());
        }
        String opened = token.isString() ? runtime.seal().open(token.stringValue(), binding).orElse(null) : null;
        if (opened == null) {
            throw McpException.invalidParams("Invalid requestState: integrity check failed");
        }
        JsonNode state = runtime.mapper().readTree(opened);
        Map<String, JsonNode> carried = new LinkedHashMap<>();
        state.path("a").properties().forEach(e -> carried.put(e.getKey(), e.getValue()));
        JsonNode user = state.get("s");
        return new SealedState(user == null ? null : user.stringValue(), carried);
    }
}
