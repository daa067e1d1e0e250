package io.agentwire.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official MCP TypeScript SDK client ({@code peers/stdio-client.mjs}) spawns our server with
 * {@code mcp-server --stdio} and exercises tools, resources and prompts over stdin/stdout.
 */
class McpStdioInteropTest {

    private static final Duration CLIENT_TIMEOUT = Duration.ofMinutes(2);

    @Test
    void sdkClientDrivesOurServerOverStdio() throws IOException {
        assumeTrue(AgentwireLaunch.serverPresent(), AgentwireLaunch::skipReason);
        NodePeers peers = NodePeers.locate();
        Path summaryFile = peers.targetDir().resolve("stdio-client-summary.json");
        Files.deleteIfExists(summaryFile);

        List<String> args = new ArrayList<>(List.of("--out", summaryFile.toString(), "--"));
        args.addAll(AgentwireLaunch.stdioCommand());
        BoundedProcess.Outcome outcome = peers.runNode(peers.stageScript("stdio-client.mjs"), args, CLIENT_TIMEOUT,
                "stdio-client.log");

        assertFalse(outcome.timedOut(), outcome.describe());
        assertTrue(Files.isRegularFile(summaryFile), "no summary written: " + outcome.describe());
        JsonNode summary = JsonMapper.builder().build().readTree(Files.readString(summaryFile));
        assertEquals("[]", summary.get("errors").toString(), "client steps failed: " + outcome.describe());
        assertEquals(0, outcome.exitCode(), outcome.describe());

        assertTrue(strings(summary.get("tools")).contains("test_simple_text"), "tools: " + summary.get("tools"));
        assertTrue(strings(summary.get("resources")).contains("test://static-text"), "resources: " + summary.get("resources"));
        assertTrue(strings(summary.get("prompts")).contains("test_simple_prompt"), "prompts: " + summary.get("prompts"));
        assertFalse(summary.get("toolIsError").booleanValue(), "test_simple_text reported isError");
        assertEquals("This is a simple text response for testing.", summary.get("toolText").stringValue());
        assertEquals("This is the content of the static text resource.", summary.get("resourceText").stringValue());
        assertEquals("This is a simple prompt for testing.", summary.get("promptText").stringValue());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : array) {
            values.add(item.stringValue());
        }
        return values;
    }
}
