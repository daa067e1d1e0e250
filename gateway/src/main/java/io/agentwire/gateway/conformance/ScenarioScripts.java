package io.agentwire.gateway.conformance;

import io.agentwire.mcp.client.McpClient;
import io.agentwire.mcp.client.McpClientException;
import io.agentwire.mcp.model.Prompt;
import io.agentwire.mcp.model.Resource;
import io.agentwire.mcp.model.Tool;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the client does after connecting, per conformance scenario. Each script does what the scenario's mock
 * server watches for; scenarios not named here (the {@code auth/*} ones among them) list the tools and call each.
 */
final class ScenarioScripts {
    private final McpClient client;
    private final JsonMapper mapper;
    private final JsonNode context;

    ScenarioScripts(McpClient client, JsonMapper mapper, JsonNode context) {
        this.client = client;
        this.mapper = mapper;
        this.context = context;
    }

    void run(String scenario) {
        switch (scenario) {
            case "initialize", "request-metadata", "json-schema-ref-no-deref" -> client.listTools();
            case "tools_call" -> {
                client.listTools();
                client.callTool("add_numbers", Map.of("a", 2, "b", 3));
            }
            case "http-standard-headers" -> exerciseEverything();
            case "http-custom-headers" -> callFromContext();
            case "json-schema-2020-12-preservation" -> echoSchema();
            case "sep-2322-client-request-state" -> callTools(List.of("test_mrtr_echo_state", "test_mrtr_unrelated",
                    "test_mrtr_no_state", "test_mrtr_no_result_type"));
            default -> callEveryTool();
        }
    }

    private void callEveryTool() {
        for (Tool tool : client.listTools()) {
            client.callTool(tool.name(), ArgumentSamples.forSchema(tool.inputSchema()));
        }
    }

    private void callTools(List<String> order) {
        List<Tool> tools = client.listTools();
        for (String name : order) {
            Tool tool = tools.stream().filter(t -> t.name().equals(name)).findFirst()
                    .orElseThrow(() -> new McpClientException("The server did not list tool " + name));
            client.callTool(tool.name(), ArgumentSamples.forSchema(tool.inputSchema()));
        }
    }

    private void exerciseEverything() {
        callEveryTool();
        for (Resource resource : client.listResources()) {
            client.readResource(resource.uri());
        }
        for (Prompt prompt : client.listPrompts()) {
            client.getPrompt(prompt.name(), Map.of());
        }
    }

    /** The scenario's context names the calls and their exact arguments. */
    private void callFromContext() {
        client.listTools();
        for (JsonNode call : context.path("toolCalls")) {
            client.callTool(call.path("name").asString(), call.path("arguments"));
        }
    }

    private void echoSchema() {
        List<Tool> tools = client.listTools();
        Tool focal = tools.stream().filter(t -> t.name().equals("json_schema_2020_12_tool")).findFirst()
                .orElseThrow(() -> new McpClientException("The server did not list json_schema_2020_12_tool"));
        ObjectNode arguments = mapper.createObjectNode();
        arguments.set("schema", focal.inputSchema());
        client.callTool("json_schema_echo", arguments);
    }
}
