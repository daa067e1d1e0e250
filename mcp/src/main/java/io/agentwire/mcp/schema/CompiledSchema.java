package io.agentwire.mcp.schema;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON Schema compiled once and ready to validate many instances, from any number of threads.
 *
 * <p>The dialect is the one named by {@code $schema} (draft-04, -06, -07, 2019-09, 2020-12), else 2020-12. The
 * schema is checked against its dialect's meta-schema and every {@code $ref} is resolved at compile time, so a
 * broken schema fails at registration rather than at the first call. References are resolved offline only:
 * local pointers, anchors and embedded {@code $id}s work; http(s), file and class path references are refused.
 * As the dialects prescribe, {@code format} is an assertion in draft-07 and earlier and an annotation from
 * 2019-09 on.
 */
public final class CompiledSchema {
    private final Schema schema;
    private final SpecificationVersion dialect;

    private CompiledSchema(Schema schema, SpecificationVersion dialect) {
        this.schema = schema;
        this.dialect = dialect;
    }

    /**
     * Compiles a schema.
     *
     * @throws IllegalArgumentException when the schema is malformed, names an unknown dialect, or has a
     *         reference that cannot be resolved offline
     */
    public static CompiledSchema compile(JsonNode schemaNode) {
        if (schemaNode == null || !(schemaNode.isObject() || schemaNode.isBoolean())) {
            throw new IllegalArgumentException("a JSON Schema must be an object or a boolean");
        }
        SpecificationVersion dialect = SchemaDialect.of(schemaNode);
        List<String> metaViolations = describe(OfflineSchemaRegistry.metaSchema(dialect).validate(schemaNode));
        if (!metaViolations.isEmpty()) {
            throw new IllegalArgumentException("not a valid " + dialectName(dialect) + " schema: "
                    + Violations.join(metaViolations));
        }
        SchemaRegistry registry = OfflineSchemaRegistry.create();
        try {
            Schema schema = registry.getSchema(withCanonicalDialect(schemaNode, dialect));
            // Builds every keyword validator and resolves every $ref now: unresolvable references surface here,
            // and no lazy initialisation is left to race on when several threads validate at once.
            schema.initializeValidators();
            return new CompiledSchema(schema, dialect);
        } catch (SchemaException e) {
            throw new IllegalArgumentException("schema cannot be compiled: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("schema cannot be compiled: " + e, e);
        }
    }

    /** The dialect the schema was compiled under. */
    public String dialectId() {
        return dialect.getDialectId();
    }

    /** One readable line per violation, e.g. {@code /age: must have a minimum value of 0}; empty when valid. */
    public List<String> violations(JsonNode instance) {
        try {
            return describe(schema.validate(instance));
        } catch (SchemaException e) {
            // Should not happen after initializeValidators(); report rather than fail the request.
            return List.of("schema error: " + e.getMessage());
        }
    }

    public boolean isValid(JsonNode instance) {
        return violations(instance).isEmpty();
    }

    private static List<String> describe(List<Error> errors) {
        if (errors.isEmpty()) {
            return List.of();
        }
        Set<String> lines = new LinkedHashSet<>();
        for (Error error : errors) {
            String location = error.getInstanceLocation() == null ? "" : error.getInstanceLocation().toString();
            lines.add(location.isEmpty() || "$".equals(location) ? error.getMessage()
                    : location + ": " + error.getMessage());
        }
        return new ArrayList<>(lines);
    }

    /**
     * The library only recognises the canonical dialect URIs; rewrite spelling variants (https for draft-07, a
     * missing {@code #}) so that the dialect we detected is the one it applies.
     */
    private static JsonNode withCanonicalDialect(JsonNode schema, SpecificationVersion dialect) {
        JsonNode declared = schema.get("$schema");
        if (declared == null || declared.stringValue().equals(dialect.getDialectId())) {
            return schema;
        }
        ObjectNode copy = ((ObjectNode) schema).deepCopy();
        copy.put("$schema", dialect.getDialectId());
        return copy;
    }

    private static String dialectName(SpecificationVersion dialect) {
        switch (dialect) {
            case DRAFT_4:
                return "draft-04";
            case DRAFT_6:
                return "draft-06";
            case DRAFT_7:
                return "draft-07";
            case DRAFT_2019_09:
                return "2019-09";
            default:
                return "2020-12";
        }
    }
}
