package io.agentwire.mcp.everything;

import static io.agentwire.mcp.everything.Fixtures.tool;

import io.agentwire.mcp.InputRequest;
import io.agentwire.mcp.McpServer;
import io.agentwire.mcp.RequestContext;
import io.agentwire.mcp.model.CallToolResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The 2025-era tools that ask the client for something mid-call: sampling, a plain elicitation and the two
 * elicitation-schema fixtures (SEP-1034 defaults, SEP-1330 enums). They use the era-neutral
 * {@link RequestContext#requestInput}, so in the legacy era they send a server-to-client request and wait, and
 * in the 2026-07-28 era they answer {@code input_required} and finish when the client retries.
 */
final class ClientInputTools {
    private ClientInputTools() {
    }

    static void register(McpServer.Builder builder) {
        builder.tool(tool("test_sampling", "Asks the client's LLM to answer the prompt", PROMPT_ARGUMENT),
                ClientInputTools::sampling);
        builder.tool(tool("test_elicitation", "Asks the user for information", MESSAGE_ARGUMENT),
                ClientInputTools::elicitation);
        builder.tool(tool("test_elicitation_sep1034_defaults", "Elicits a form whose fields all have defaults"),
                call -> elicitForm(call, "Please review and update the form fields with defaults", DEFAULTS_FORM));
        builder.tool(tool("test_elicitation_sep1330_enums", "Elicits a form with every enum variant"),
                call -> elicitForm(call, "Please select options from the enum fields", ENUMS_FORM));
    }

    private static CallToolResult sampling(RequestContext call) {
        String prompt = call.argument("prompt");
        JsonNode answer = call.requestInput("sampling", InputRequest.sampling(samplingParams(prompt, 100)));
        return CallToolResult.text("LLM response: " + Answers.samplingText("sampling", answer));
    }

    private static CallToolResult elicitation(RequestContext call) {
        ObjectNode params = Fixtures.object();
        params.put("message", call.argument("message"));
        params.set("requestedSchema", CONTACT_FORM);
        JsonNode answer = call.requestInput("elicitation", InputRequest.elicitation(params));
        return CallToolResult.text("User response: " + Answers.elicitation("elicitation", answer).summary());
    }

    private static CallToolResult elicitForm(RequestContext call, String message, JsonNode form) {
        ObjectNode params = Fixtures.object();
        params.put("message", message);
        params.set("requestedSchema", form);
        JsonNode answer = call.requestInput("form", InputRequest.elicitation(params));
        return CallToolResult.text("Elicitation completed: " + Answers.elicitation("form", answer).summary());
    }

    /** {@code sampling/createMessage} params with one user text message. */
    static ObjectNode samplingParams(String text, int maxTokens) {
        ObjectNode params = Fixtures.object();
        ObjectNode message = params.putArray("messages").addObject();
        message.put("role", "user");
        message.putObject("content").put("type", "text").put("text", text);
        params.put("maxTokens", maxTokens);
        return params;
    }

    private static final JsonNode PROMPT_ARGUMENT = Fixtures.json("""
            {"type": "object",
             "properties": {"prompt": {"type": "string", "description": "The prompt to send to the LLM"}},
             "required": ["prompt"]}
            """);

    private static final JsonNode MESSAGE_ARGUMENT = Fixtures.json("""
            {"type": "object",
             "properties": {"message": {"type": "string", "description": "The message to show the user"}},
             "required": ["message"]}
            """);

    private static final JsonNode CONTACT_FORM = Fixtures.json("""
            {"type": "object",
             "properties": {
               "username": {"type": "string", "description": "User's response"},
               "email": {"type": "string", "description": "User's email address"}
             },
             "required": ["username", "email"]}
            """);

    private static final JsonNode DEFAULTS_FORM = Fixtures.json("""
            {"type": "object",
             "properties": {
               "name": {"type": "string", "description": "User name", "default": "John Doe"},
               "age": {"type": "integer", "description": "User age", "default": 30},
               "score": {"type": "number", "description": "User score", "default": 95.5},
               "status": {"type": "string", "description": "User status",
                          "enum": ["active", "inactive", "pending"], "default": "active"},
               "verified": {"type": "boolean", "description": "Verification status", "default": true}
             }}
            """);

    private static final JsonNode ENUMS_FORM = Fixtures.json("""
            {"type": "object",
             "properties": {
               "untitledSingle": {"type": "string", "description": "Untitled single-select",
                                  "enum": ["option1", "option2", "option3"]},
               "titledSingle": {"type": "string", "description": "Titled single-select",
                                "oneOf": [{"const": "value1", "title": "First Option"},
                                          {"const": "value2", "title": "Second Option"},
                                          {"const": "value3", "title": "Third Option"}]},
               "legacyEnum": {"type": "string", "description": "Legacy titled enum",
                              "enum": ["opt1", "opt2", "opt3"],
                              "enumNames": ["Option One", "Option Two", "Option Three"]},
               "untitledMulti": {"type": "array", "description": "Untitled multi-select",
                                 "items": {"type": "string", "enum": ["option1", "option2", "option3"]}},
               "titledMulti": {"type": "array", "description": "Titled multi-select",
                               "items": {"anyOf": [{"const": "value1", "title": "First Choice"},
                                                   {"const": "value2", "title": "Second Choice"},
                                                   {"const": "value3", "title": "Third Choice"}]}}
             }}
            """);
}
