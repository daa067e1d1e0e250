package io.agentwire.mcp.everything;

import io.agentwire.mcp.InputRequest;
import io.agentwire.mcp.McpServer;
import io.agentwire.mcp.RequestContext;
import io.agentwire.mcp.model.Content;
import io.agentwire.mcp.model.GetPromptResult;
import io.agentwire.mcp.model.Prompt;
import io.agentwire.mcp.model.PromptArgument;
import io.agentwire.mcp.model.PromptMessage;
import io.agentwire.mcp.model.ResourceContents;
import tools.jackson.databind.JsonNode;

/** The prompt fixtures, including one that needs client input before it can render (SEP-2322 on prompts/get). */
final class TestPrompts {
    static final String SIMPLE_TEXT = "This is a simple prompt for testing.";
    static final String EMBEDDED_TEXT = "Embedded resource content for testing.";

    private TestPrompts() {
    }

    static void register(McpServer.Builder builder) {
        builder.prompt(Prompt.of("test_simple_prompt", "A simple prompt without arguments"),
                call -> GetPromptResult.of(PromptMessage.user(Content.text(SIMPLE_TEXT))));
        builder.prompt(Prompt.of("test_prompt_with_arguments", "A prompt with two required arguments",
                        PromptArgument.required("arg1", "First test argument"),
                        PromptArgument.required("arg2", "Second test argument")),
                call -> GetPromptResult.of(PromptMessage.user(Content.text(
                        "Prompt with arguments: arg1='" + call.argument("arg1") + "', arg2='" + call.argument("arg2") + "'"))));
        builder.prompt(Prompt.of("test_prompt_with_embedded_resource", "A prompt that embeds a resource",
                        PromptArgument.required("resourceUri", "URI of the resource to embed")),
                call -> GetPromptResult.of(
                        PromptMessage.user(Content.resource(
                                ResourceContents.text(call.argument("resourceUri"), "text/plain", EMBEDDED_TEXT))),
                        PromptMessage.user(Content.text("Please process the embedded resource above."))));
        builder.prompt(Prompt.of("test_prompt_with_image", "A prompt that includes an image"),
                call -> GetPromptResult.of(
                        PromptMessage.user(Content.image(Fixtures.PNG_BASE64, "image/png")),
                        PromptMessage.user(Content.text("Please analyze the image above."))));
        builder.prompt(Prompt.of("test_input_required_result_prompt", "A prompt that asks the user for context first"),
                TestPrompts::withUserContext);
    }

    private static GetPromptResult withUserContext(RequestContext call) {
        JsonNode answer = call.requestInput("user_context", InputRequest.elicitation(
                InputRequiredTools.form("What context should the prompt use?", CONTEXT)));
        Answers.Elicited elicited = Answers.elicitation("user_context", answer);
        String context = elicited.accepted() && elicited.field("context") != null ? elicited.field("context") : "(none)";
        return GetPromptResult.of(PromptMessage.user(Content.text("Use the following context: " + context)));
    }

    private static final JsonNode CONTEXT = Fixtures.json("""
            {"type": "object", "properties": {"context": {"type": "string"}}, "required": ["context"]}
            """);
}
