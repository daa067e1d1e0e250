package io.agentwire.mcp.wire;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.agentwire.jsonrpc.codec.JsonRpcCodec;
import io.agentwire.mcp.schema.CompiledSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The official schema of each MCP revision, read from {@code ../shared/spec-data/mcp/<rev>/schema.json} beside the
 * checkout (reference data, never copied into the repository), compiled per definition on demand.
 */
final class RevisionSchemas {
    private final JsonNode document;
    private final String definitions;
    private final Map<String, CompiledSchema> compiled = new ConcurrentHashMap<>();

    private RevisionSchemas(JsonNode document) {
        this.document = document;
        this.definitions = document.has("$defs") ? "$defs" : "definitions";
    }

    /** The spec-data folder, or {@code null} where this clone has none (a user's clone has no ../shared). */
    static Path specData() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("mvnw"))) {
                Path data = p.resolveSibling("shared").resolve("spec-data").resolve("mcp");
                return Files.isDirectory(data) ? data : null;
            }
        }
        return null;
    }

    static RevisionSchemas load(Path specData, String revision) throws Exception {
        return new RevisionSchemas(JsonRpcCodec.standard().mapper().readTree(Files.readAllBytes(specData.resolve(revision).resolve("schema.json"))));
    }

    boolean defines(String type) {
        return document.path(definitions).has(type);
    }

    /** Violations of the instance against one definition; empty when valid. */
    List<String> violations(String type, JsonNode instance) {
        CompiledSchema schema = compiled.computeIfAbsent(type, t -> {
            ObjectNode root = ((ObjectNode) document).deepCopy();
            root.put("$ref", "#/" + definitions + "/" + t);
            return CompiledSchema.compile(root);
        });
        return schema.violations(instance);
    }
}
