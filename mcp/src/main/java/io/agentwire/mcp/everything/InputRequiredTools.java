package io.agentwire.mcp.everything;

import static io.agentwire.mcp.everything.Fixtures.tool;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.agentwire.mcp.InputRequest;
import io.agentwire.mcp.LoggingLevel;
import io.agentwire.mcp.McpException;
import io.agentwire.mcp.McpServer;
import io.agentwire.mcp.RequestContext;
import io.agentwire.mcp.model.CallToolResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The 2026-07-28 multi round-trip fixtures (SEP-2322). Each handler is written straight through, as if the
 * answers were at hand: in the modern era the engine ends the run with {@code input_required} at the first
 * missing answer and runs the handler again from the top on the retry, so any state a later round must trust
 * goes through {@link RequestContext#setRequestState}, which the engine integrity-protects.
 */
final class InputRequiredTools {
    static final String REQUEST_STATE = "confirm-pending";
    static final String TAMPER_STATE = "tamper-check";

    private InputRequiredTools() {
    }

    static void register(McpServer.Builder builder) {
        builder.tool(tool("test_missing_capability", "Needs sampling; fails with -32021 if the client lacks it"),
                InputRequiredTools::missingCapability);
        builder.tool(tool("test_input_required_result_elicitation", "Asks the user's name, then greets them"),
                call -> CallToolResult.text("Hello, " + askName(call, "user_name", "What is your name?") + "!"));
        builder.tool(tool("test_input_required_result_sampling", "Asks the client's LLM a question"),
                InputRequiredTools::sampling);
        builder.tool(tool("test_input_required_result_list_roots", "Asks the client for its roots"),
                InputRequiredTools::listRoots);
        builder.tool(tool("test_input_required_result_request_state", "Round-trips requestState"),
                call -> confirmWithState(call, REQUEST_STATE));
        builder.tool(tool("test_input_required_result_tampered_state", "Rejects a tampered requestState"),
                call -> confirmWithState(call, TAMPER_STATE));
        builder.tool(tool("test_input_required_result_multiple_inputs", "Asks for three inputs at once"),
                InputRequiredTools::multipleInputs);
        builder.tool(tool("test_input_required_result_multi_round", "Asks in two rounds with evolving state"),
                InputRequiredTools::multiRound);
        builder.tool(tool("test_input_required_result_capabilities", "Asks only for what the client declared"),
                InputRequiredTools::declaredCapabilitiesOnly);
        builder.tool(tool("test_streaming_elicitation", "Reports progress, then asks the user for input"),
                InputRequiredTools::streamingElicitation);
    }

    private static CallToolResult missingCapability(RequestContext call) {
        JsonNode answer = call.requestInput("sample",
                InputRequest.sampling(ClientInputTools.samplingParams("Say hello", 20)));
        return CallToolResult.text("Sampling capability present: " + Answers.samplingText("sample", answer));
    }

    private static CallToolResult sampling(RequestContext call) {
        JsonNode answer = call.requestInput("capital_question",
                InputRequest.sampling(ClientInputTools.samplingParams("What is the capital of France?", 100)));
        return CallToolResult.text("Sampling response: " + Answers.samplingText("capital_question", answer));
    }

    private static CallToolResult listRoots(RequestContext call) {
        JsonNode answer = call.requestInput("client_roots", InputRequest.roots());
        List<String> uris = Answers.rootUris("client_roots", answer);
        return CallToolResult.text("Client roots (" + uris.size() + "): " + String.join(", ", uris));
    }

    /**
     * Sets the state before asking, so it rides on the {@code input_required} result; the retry must bring it
     * back unchanged (the engine rejects a tampered one with {@code -32602} before this handler runs).
     */
    private static CallToolResult confirmWithState(RequestContext call, String state) {
        call.setRequestState(state);
        JsonNode answer = call.requestInput("confirm", InputRequest.elicitation(form("Please confirm", BOOLEAN_OK)));
        // Legacy-era calls get their answer within one request, so there is no state to have travelled.
        boolean travelled = call.protocolVersion().isModern();
        if (travelled && !call.requestState().filter(state::equals).isPresent()) {
            throw McpException.invalidParams("requestState is missing or does not belong to this request");
        }
        Answers.Elicited confirmed = Answers.elicitation("confirm", answer);
        return CallToolResult.text((travelled ? "state-ok: requestState verified, " : "state-ok: ") + confirmed.summary());
    }

    private static CallToolResult multipleInputs(RequestContext call) {
        call.setRequestState("multiple-inputs");
        Map<String, InputRequest> requests = new LinkedHashMap<>();
        requests.put("user_name", nameRequest("What is your name?"));
        requests.put("greeting", InputRequest.sampling(ClientInputTools.samplingParams("Generate a greeting", 50)));
        requests.put("client_roots", InputRequest.roots());
        Map<String, JsonNode> answers = call.requestInputs(requests);
        String name = nameOf("user_name", answers.get("user_name"));
        String greeting = Answers.samplingText("greeting", answers.get("greeting"));
        List<String> roots = Answers.rootUris("client_roots", answers.get("client_roots"));
        return CallToolResult.text("Name: " + name + "; greeting: " + greeting + "; roots: " + String.join(", ", roots));
    }

    /** Round 1 asks for step1; round 2 (step1 answered) updates the state and asks for step2; round 3 completes. */
    private static CallToolResult multiRound(RequestContext call) {
        call.setRequestState("multi-round:step1");
        String name = askName(call, "step1", "Step 1: What is your name?");
        call.setRequestState("multi-round:step2");
        JsonNode answer = call.requestInput("step2",
                InputRequest.elicitation(form("Step 2: What is your favorite color?", COLOR)));
        Answers.Elicited color = Answers.elicitation("step2", answer);
        return CallToolResult.text(name + "'s favorite color is " + (color.accepted() ? color.field("color") : "unknown"));
    }

    /** Never asks for a capability the request's {@code _meta} did not declare (modern) or initialize did (legacy). */
    private static CallToolResult declaredCapabilitiesOnly(RequestContext call) {
        Map<String, InputRequest> requests = new LinkedHashMap<>();
        if (call.clientSupports("sampling")) {
            requests.put("sampling_request",
                    InputRequest.sampling(ClientInputTools.samplingParams("What is the capital of France?", 100)));
        }
        if (call.clientSupports("elicitation")) {
            requests.put("elicitation_request", nameRequest("What is your name?"));
        }
        if (call.clientSupports("roots")) {
            requests.put("roots_request", InputRequest.roots());
        }
        if (requests.isEmpty()) {
            return CallToolResult.text("The client declared no sampling, elicitation or roots capability");
        }
        Map<String, JsonNode> answers = call.requestInputs(requests);
        return CallToolResult.text("Received input for: " + String.join(", ", answers.keySet()));
    }

    /** Only notifications may precede the final response on the request's stream; never a server request. */
    private static CallToolResult streamingElicitation(RequestContext call) {
        call.progress(0, 1.0, "Waiting for user input");
        call.log(LoggingLevel.INFO, NotifyingTools.LOGGER,
                JsonNodeFactory.instance.stringNode("Asking the user for input"));
        JsonNode answer = call.requestInput("user_input",
                InputRequest.elicitation(form("Please provide a value", VALUE)));
        Answers.Elicited elicited = Answers.elicitation("user_input", answer);
        call.progress(1, 1.0, "Input received");
        return CallToolResult.text("Streaming elicitation completed: " + elicited.summary());
    }

    private static String askName(RequestContext call, String key, String message) {
        return nameOf(key, call.requestInput(key, nameRequest(message)));
    }

    private static String nameOf(String key, JsonNode answer) {
        Answers.Elicited elicited = Answers.elicitation(key, answer);
        String name = elicited.accepted() ? elicited.field("name") : null;
        return name == null ? "anonymous (" + elicited.action() + ")" : name;
    }

    private static InputRequest nameRequest(String message) {
        return InputRequest.elicitation(form(message, NAME));
    }

    static ObjectNode form(String message, JsonNode schema) {
        ObjectNode params = Fixtures.object();
        params.put("message", message);
        params.set("requestedSchema", schema);
        return params;
    }

    private static final JsonNode NAME = Fixtures.json("""
            {"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]}
            """);
    private static final JsonNode COLOR = Fixtures.json("""
            {"type": "object", "properties": {"color": {"type": "string"}}, "required": ["color"]}
            """);
    private static final JsonNode BOOLEAN_OK = Fixtures.json("""
            {"type": "object", "properties": {"ok": {"type": "boolean"}}, "required": ["ok"]}
            """);
    private static final JsonNode VALUE = Fixtures.json("""
            {"type": "object", "properties": {"value": {"type": "string"}}, "required": ["value"]}
            """);
}
