package io.agentwire.mcp.client;

import java.time.Duration;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Clients wired with handlers that answer every server request predictably. */
final class TestClients {
    static final String SAMPLED_TEXT = "sampled by the test client";
    static final String ROOT_URI = "file:///tmp/agentwire-test-root";

    private TestClients() {
    }

    static McpClientBuilder withHandlers(TransportSpec spec, Negotiation negotiation) {
        return McpClient.builder()
                .transport(spec)
                .negotiation(negotiation)
                .requestTimeout(Duration.ofSeconds(10))
                .sampling(params -> {
                    ObjectNode result = JsonNodeFactory.instance.objectNode().put("role", "assistant")
                            .put("model", "test-model").put("stopReason", "endTurn");
                    result.putObject("content").put("type", "text").put("text", SAMPLED_TEXT);
                    return result;
                })
                .elicitation(params -> {
                    ObjectNode entered = JsonNodeFactory.instance.objectNode();
                    entered.put("username", "alice").put("email", "alice@example.com").put("confirmed", true)
                            .put("ok", true).put("name", "Alice").put("context", "testing");
                    return ElicitationDefaults.acceptWithDefaults(params, entered);
                })
                .roots(params -> {
                    ObjectNode result = JsonNodeFactory.instance.objectNode();
                    result.putArray("roots").addObject().put("uri", ROOT_URI).put("name", "test root");
                    return result;
                });
    }
}
