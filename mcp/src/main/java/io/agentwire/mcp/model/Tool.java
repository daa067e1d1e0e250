package io.agentwire.mcp.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * A tool as listed by {@code tools/list}.
 *
 * @param inputSchema a JSON Schema object, sent to clients exactly as given
 * @param outputSchema optional JSON Schema the result's {@code structuredContent} must satisfy
 * @param execution optional execution hints, e.g. {@code {"taskSupport":"optional"}}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Tool(String name, String title, String description, JsonNode inputSchema, JsonNode outputSchema,
                   ToolAnnotations annotations, List<Icon> icons, JsonNode execution,
                   @JsonProperty("_meta") JsonNode meta) {

    /** Starts a tool definition; the input schema defaults to an object with no declared properties. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Fluent construction of a {@link Tool}, so callers need not pass nine positional arguments. */
    public static final class Builder {
        private final String name;
        private String title;
        private String description;
        private JsonNode inputSchema = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("type", "object");
        private JsonNode outputSchema;
        private ToolAnnotations annotations;
        private List<Icon> icons;
        private JsonNode execution;
        private JsonNode meta;

        private Builder(String name) {
            this.name = name;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder inputSchema(JsonNode inputSchema) {
            this.inputSchema = inputSchema;
            return this;
        }

        public Builder outputSchema(JsonNode outputSchema) {
            this.outputSchema = outputSchema;
            return this;
        }

        public Builder annotations(ToolAnnotations annotations) {
            this.annotations = annotations;
            return this;
        }

        public Builder icons(List<Icon> icons) {
            this.icons = List.copyOf(icons);
            return this;
        }

        /** {@code execution.taskSupport}: {@code "forbidden"}, {@code "optional"} or {@code "required"}. */
        public Builder taskSupport(String support) {
            this.execution = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("taskSupport", support);
            return this;
        }

        public Builder meta(JsonNode meta) {
            this.meta = meta;
            return this;
        }

        public Tool build() {
            return new Tool(name, title, description, inputSchema, outputSchema, annotations, icons, execution, meta);
        }
    }
}
