package io.agentwire.mcp.schema;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

/**
 * Builds schema registries that never leave the process. Tool schemas come from tool authors, but a {@code $ref}
 * to an http(s) or file URI would still let a schema make the server fetch arbitrary resources (SSRF, slow
 * startup, non-reproducible validation), so every external load is refused except the standard meta-schemas,
 * which the validator library ships on its class path.
 */
final class OfflineSchemaRegistry {
    private static final Map<SpecificationVersion, Schema> META_SCHEMAS = new EnumMap<>(SpecificationVersion.class);
    private static SchemaRegistry metaRegistry;

    private OfflineSchemaRegistry() {
    }

    /**
     * A fresh registry. Each tool gets its own so that two tools declaring the same {@code $id} with different
     * contents cannot see each other's schema through the registry's cache.
     */
    static SchemaRegistry create() {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                // Messages end up in tool results; keep them in one language whatever the host's locale.
                .locale(Locale.ENGLISH)
                .build();
        return SchemaRegistry.withDefaultDialect(SchemaDialect.DEFAULT, builder -> builder
                .schemaRegistryConfig(config)
                .schemaLoader(loader -> loader
                        .fetchRemoteResources(false)
                        .block(iri -> !isBundledMetaSchema(iri))));
    }

    /** The compiled meta-schema of a dialect, shared by all callers (compiled schemas are thread-safe). */
    static synchronized Schema metaSchema(SpecificationVersion version) {
        Schema meta = META_SCHEMAS.get(version);
        if (meta == null) {
            if (metaRegistry == null) {
                metaRegistry = create();
            }
            meta = metaRegistry.getSchema(SchemaLocation.of(version.getDialectId()));
            meta.initializeValidators();
            META_SCHEMAS.put(version, meta);
        }
        return meta;
    }

    /** Only the json-schema.org meta-schema documents, which the library resolves from its own jar. */
    static boolean isBundledMetaSchema(AbsoluteIri iri) {
        String s = iri.toString();
        return s.startsWith("https://json-schema.org/draft") || s.startsWith("http://json-schema.org/draft");
    }
}
