package io.agentwire.mcp.schema;

import java.util.Locale;
import java.util.Optional;

import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;

/**
 * Recognises the JSON Schema dialect a schema declares with {@code $schema}. Lenient about spelling variants seen
 * in the wild (http or https, with or without the trailing {@code #}) so that tool authors are not punished for
 * them; the validator library itself only knows the canonical identifiers.
 */
final class SchemaDialect {
    /** MCP 2025-11-25: schemas without {@code $schema} are JSON Schema 2020-12. */
    static final SpecificationVersion DEFAULT = SpecificationVersion.DRAFT_2020_12;

    private SchemaDialect() {
    }

    /**
     * The dialect of the schema: the one its {@code $schema} names, or the default when it names none.
     *
     * @throws IllegalArgumentException when {@code $schema} is present but not a supported dialect
     */
    static SpecificationVersion of(JsonNode schema) {
        JsonNode declared = schema == null ? null : schema.get("$schema");
        if (declared == null) {
            return DEFAULT;
        }
        if (!declared.isString()) {
            throw new IllegalArgumentException("$schema must be a string, got " + declared);
        }
        return fromId(declared.stringValue()).orElseThrow(() -> new IllegalArgumentException(
                "unsupported $schema '" + declared.stringValue()
                        + "'; supported dialects are draft-04, draft-06, draft-07, 2019-09 and 2020-12"));
    }

    static Optional<SpecificationVersion> fromId(String id) {
        String wanted = normalise(id);
        for (SpecificationVersion version : SpecificationVersion.values()) {
            if (normalise(version.getDialectId()).equals(wanted)) {
                return Optional.of(version);
            }
        }
        return Optional.empty();
    }

    private static String normalise(String id) {
        String s = id.trim().toLowerCase(Locale.ROOT);
        if (s.endsWith("#")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.startsWith("https://")) {
            s = "http://" + s.substring("https://".length());
        }
        return s;
    }
}
