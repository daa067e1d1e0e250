package io.agentwire.mcp.everything;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.agentwire.mcp.McpServer;
import io.agentwire.mcp.model.Resource;
import io.agentwire.mcp.model.ResourceContents;
import io.agentwire.mcp.model.ResourceTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The resource fixtures, the data template, and completions for the prompt and template arguments. */
final class TestResources {
    static final String STATIC_TEXT = "This is the content of the static text resource.";
    static final String TEMPLATE = "test://template/{id}/data";

    private TestResources() {
    }

    static void register(McpServer.Builder builder) {
        // test://static-text comes first: the caching scenario reads the first listed resource.
        builder.resource(Resource.of("test://static-text", "Static Text Resource", "A static text resource", "text/plain"),
                call -> List.of(ResourceContents.text(call.uri(), "text/plain", STATIC_TEXT)));
        builder.resource(Resource.of("test://static-binary", "Static Binary Resource", "A 1x1 PNG image", "image/png"),
                call -> List.of(ResourceContents.blob(call.uri(), "image/png", Fixtures.PNG_BASE64)));
        builder.resource(Resource.of("test://watched-resource", "Watched Resource",
                        "A resource clients may subscribe to", "text/plain"),
                call -> List.of(ResourceContents.text(call.uri(), "text/plain", "Watched resource content")));
        builder.resourceTemplate(ResourceTemplate.of(TEMPLATE, "Template Data Resource",
                        "JSON data for any id", "application/json"),
                call -> List.of(ResourceContents.text(call.uri(), "application/json",
                        templateData(call.uriVariables().get("id")))));
        builder.completions(TestResources::complete);
    }

    /** {@code {"id":"123","templateTest":true,"data":"Data for ID: 123"}} for id 123, built so any id is escaped. */
    static String templateData(String id) {
        ObjectNode data = Fixtures.object();
        data.put("id", id);
        data.put("templateTest", true);
        data.put("data", "Data for ID: " + id);
        return Fixtures.JSON.writeValueAsString(data);
    }

    private static List<String> complete(JsonNode ref, String argument, String partial, JsonNode context) {
        String type = ref.path("type").asString("");
        Stream<String> candidates = Stream.empty();
        if (type.equals("ref/prompt") && ref.path("name").asString("").equals("test_prompt_with_arguments")) {
            candidates = Stream.of("paris", "park", "party", "hello", "world");
        } else if (type.equals("ref/resource") && ref.path("uri").asString("").equals(TEMPLATE) && argument.equals("id")) {
            candidates = Stream.of("1", "2", "3", "123");
        }
        String prefix = partial == null ? "" : partial.toLowerCase(Locale.ROOT);
        return candidates.filter(value -> value.startsWith(prefix)).toList();
    }
}
