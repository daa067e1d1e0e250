package io.agentwire.a2a.compat;

import io.agentwire.mcp.schema.CompiledSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validates JSON against one definition of the 0.3 JSON Schema ({@code a2a.json}, draft-07) with networknt, through
 * the MCP module's offline {@link CompiledSchema}: each definition becomes a schema that refers into the whole
 * document's {@code definitions}, compiled once.
 */
final class V03Schema {
    private final JsonNode root;
    private final Map<String, CompiledSchema> compiled = new ConcurrentHashMap<>();

    private V03Schema(JsonNode root) {
        this.root = root;
    }

    /** The schema, when the shared spec data is there. */
    static Optional<V03Schema> load() {
        return SpecData.v03Schema().map(V03Schema::read);
    }

    private static V03Schema read(Path path) {
        try {
            return new V03Schema(JsonMapper.builder().build().readTree(Files.readString(path)));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + path, e);
        }
    }

    /** Every violation of {@code definitions/<definition>} by {@code instance}; empty when it is valid. */
    List<String> validate(String definition, JsonNode instance) {
        if (root.path("definitions").path(definition).isMissingNode()) {
            throw new IllegalArgumentException("No definition " + definition);
        }
        return compiled.computeIfAbsent(definition, this::compile).violations(instance);
    }

    private CompiledSchema compile(String definition) {
        ObjectNode schema = JsonMapper.builder().build().createObjectNode();
        schema.put("$schema", "http://json-schema.org/draft-07/schema#");
        schema.put("$ref", "#/definitions/" + definition);
        schema.set("definitions", root.path("definitions"));
        return CompiledSchema.compile(schema);
    }
}
