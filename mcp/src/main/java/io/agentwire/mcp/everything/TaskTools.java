package io.agentwire.mcp.everything;

import java.util.LinkedHashMap;
import java.util.Map;

import io.agentwire.jsonrpc.model.JsonRpcError;
import io.agentwire.mcp.DeferredTaskHandler;
import io.agentwire.mcp.InputRequest;
import io.agentwire.mcp.McpException;
import io.agentwire.mcp.McpServer;
import io.agentwire.mcp.RequestContext;
import io.agentwire.mcp.TaskSupport;
import io.agentwire.mcp.model.CallToolResult;
import io.agentwire.mcp.model.Tool;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The tools the conformance suite's tasks-extension scenarios call: a sync-only tool, task-supporting tools
 * that sleep, fail, crash or wait for input, and one that gathers input before it becomes a task.
 */
final class TaskTools {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TaskTools() {
    }

    static void register(McpServer.Builder server) {
        server.tool(tool("greet", "Greets someone by name (sync only).", TaskSupport.FORBIDDEN,
                        "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}}}"),
                call -> CallToolResult.text("Hello, " + orDefault(call.argument("name"), "World") + "!"));
        server.tool(tool("slow_compute", "Sleeps for the given number of seconds, then reports.", TaskSupport.OPTIONAL,
                        "{\"type\":\"object\",\"properties\":{\"seconds\":{\"type\":\"number\",\"minimum\":0},\"label\":{\"type\":\"string\"}}}"),
                TaskTools::slowCompute);
        server.tool(tool("failing_job", "Runs for about a second, then reports a tool error.", TaskSupport.REQUIRED,
                        "{\"type\":\"object\"}"),
                call -> {
                    Thread.sleep(1000);
                    return CallToolResult.error("failing_job failed on purpose");
                });
        server.tool(tool("protocol_error_job", "Fails with a protocol-level error.", TaskSupport.OPTIONAL,
                        "{\"type\":\"object\"}"),
                call -> {
                    Thread.sleep(200);
                    throw new McpException(JsonRpcError.INTERNAL_ERROR, "protocol_error_job crashed on purpose");
                });
        server.tool(tool("confirm_delete", "Asks the user to confirm deleting a file.", TaskSupport.OPTIONAL,
                        "{\"type\":\"object\",\"properties\":{\"filename\":{\"type\":\"string\"}}}"),
                TaskTools::confirmDelete);
        server.tool(tool("multi_input", "Asks two questions at once.", TaskSupport.OPTIONAL, "{\"type\":\"object\"}"),
                TaskTools::multiInput);
        server.tool(tool("test_tool_with_task", "Asks for a name, then finishes as a task.", TaskSupport.REQUIRED,
                        "{\"type\":\"object\"}"),
                (DeferredTaskHandler) TaskTools::greetAsTask);
    }

    private static CallToolResult slowCompute(RequestContext call) throws InterruptedException {
        double seconds = call.arguments().path("seconds").asDouble(1);
        String label = orDefault(call.argument("label"), "job");
        Thread.sleep((long) (Math.max(0, seconds) * 1000));
        return CallToolResult.text("slow_compute " + label + " finished after " + seconds + " s");
    }

    private static CallToolResult confirmDelete(RequestContext call) {
        String file = orDefault(call.argument("filename"), "file");
        JsonNode answer = call.requestInput("confirm", InputRequest.elicitation(elicitation(
                "Delete " + file + "?", "{\"type\":\"object\",\"properties\":{\"confirm\":{\"type\":\"boolean\"}},\"required\":[\"confirm\"]}")));
        boolean confirmed = "accept".equals(answer.path("action").asString(""))
                && answer.path("content").path("confirm").asBoolean(false);
        return CallToolResult.text(confirmed ? "Deleted " + file : "Kept " + file);
    }

    private static CallToolResult multiInput(RequestContext call) {
        Map<String, InputRequest> questions = new LinkedHashMap<>();
        String schema = "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"},\"confirm\":{\"type\":\"boolean\"}}}";
        questions.put("first", InputRequest.elicitation(elicitation("First question: your name?", schema)));
        questions.put("second", InputRequest.elicitation(elicitation("Second question: your name?", schema)));
        Map<String, JsonNode> answers = call.requestInputs(questions);
        return CallToolResult.text("Answers: " + answers.get("first").path("content").path("name").asString("")
                + ", " + answers.get("second").path("content").path("name").asString(""));
    }

    /** MRTR first (no task yet), then a task whose result carries what the user said. */
    private static CallToolResult greetAsTask(RequestContext call) throws InterruptedException {
        JsonNode answer = call.requestInput("user_name", InputRequest.elicitation(elicitation(
                "What is your name?", "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}},\"required\":[\"name\"]}")));
        String name = answer.path("content").path("name").asString("stranger");
        call.beginTask();
        Thread.sleep(300);
        return CallToolResult.text("Hello, " + name + "! (finished as a task)");
    }

    private static ObjectNode elicitation(String message, String schema) {
        ObjectNode params = JSON.createObjectNode();
        params.put("message", message);
        params.set("requestedSchema", JSON.readTree(schema));
        return params;
    }

    private static Tool tool(String name, String description, TaskSupport support, String schema) {
        JsonNode execution = support == TaskSupport.FORBIDDEN ? null
                : JSON.createObjectNode().put("taskSupport", support.wireName());
        return new Tool(name, null, description, JSON.readTree(schema), null, null, null, execution, null);
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }

}
