package io.agentwire.mcp.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.AnnotatedElement;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class JavaTypeSchemasTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JavaTypeSchemas SCHEMAS = new JavaTypeSchemas();

    enum Mode { FAST, @JsonProperty("slow-ish") SLOW }

    record Node(String name, List<Node> children) {
    }

    record Everything(int count, Integer boxed, long big, BigDecimal price, boolean flag, char letter,
                      UUID id, URI link, LocalDate day, Instant when, Duration took, LocalDateTime local,
                      byte[] blob, Set<String> tags, Map<String, Double> weights, Optional<String> maybe,
                      OptionalInt maybeInt, Mode mode, @JsonProperty("renamed") String original, JsonNode any,
                      ObjectNode obj) {
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text.replace('\'', '"'));
    }

    private static JsonNode schemaOf(TypeReference<?> ref) {
        return SCHEMAS.schemaFor(ref.getType());
    }

    @Test
    void scalars() {
        assertEquals(json("{'type':'string'}"), SCHEMAS.schemaFor(String.class));
        assertEquals(json("{'type':'integer'}"), SCHEMAS.schemaFor(long.class));
        assertEquals(json("{'type':'integer'}"), SCHEMAS.schemaFor(Integer.class));
        assertEquals(json("{'type':'number'}"), SCHEMAS.schemaFor(float.class));
        assertEquals(json("{'type':'boolean'}"), SCHEMAS.schemaFor(Boolean.class));
        assertEquals(json("{}"), SCHEMAS.schemaFor(Object.class));
        assertEquals(json("{'type':'string','enum':['FAST','slow-ish']}"), SCHEMAS.schemaFor(Mode.class));
    }

    @Test
    void containers() {
        assertEquals(json("{'type':'array','items':{'type':'integer'}}"),
                schemaOf(new TypeReference<List<Integer>>() { }));
        assertEquals(json("{'type':'array','items':{'type':'array','items':{'type':'number'}}}"),
                SCHEMAS.schemaFor(double[][].class));
        assertEquals(json("{'type':'array','items':{'type':'string'},'uniqueItems':true}"),
                schemaOf(new TypeReference<Set<String>>() { }));
        assertEquals(json("{'type':'object','additionalProperties':{'type':'boolean'}}"),
                schemaOf(new TypeReference<Map<String, Boolean>>() { }));
        assertEquals(json("{'type':'object'}"), schemaOf(new TypeReference<Map<String, ?>>() { }));
        assertEquals(json("{'type':'array'}"), schemaOf(new TypeReference<List<?>>() { }));
        assertEquals(json("{'type':'string'}"), schemaOf(new TypeReference<Optional<String>>() { }));
    }

    @Test
    void recursiveRecordsTerminate() {
        assertEquals(json("{'type':'object','properties':{'name':{'type':'string'},"
                + "'children':{'type':'array','items':{'type':'object'}}}}"), SCHEMAS.schemaFor(Node.class));
    }

    @Test
    void everyMappedTypeDescribesWhatJacksonWrites() {
        ObjectNode schema = SCHEMAS.schemaFor(Everything.class);
        assertEquals(json("['big','count','flag','letter']"), sortedRequired(schema));
        assertTrue(schema.get("properties").has("renamed"));
        assertFalse(schema.get("properties").has("original"));
        assertEquals(json("{'type':'string','contentEncoding':'base64'}"), schema.get("properties").get("blob"));
        assertEquals("uuid", schema.get("properties").get("id").get("format").stringValue());

        Everything value = new Everything(1, null, 2L, new BigDecimal("9.99"), true, 'x', UUID.randomUUID(),
                URI.create("https://agentwire.invalid/"), LocalDate.of(2025, 11, 25),
                Instant.parse("2025-11-25T10:00:00Z"), Duration.ofSeconds(90), LocalDateTime.of(2025, 1, 1, 0, 0),
                new byte[] {1, 2}, Set.of("a"), Map.of("w", 0.5), Optional.of("m"), OptionalInt.of(3), Mode.SLOW,
                "o", JSON.readTree("[1]"), (ObjectNode) json("{'k':1}"));
        // Absent values are omitted rather than written as null, as AnnotatedTools writes results.
        JsonMapper nonNull = JsonMapper.builder().changeDefaultPropertyInclusion(
                v -> v.withValueInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)).build();
        JsonNode written = nonNull.valueToTree(value);
        List<String> violations = CompiledSchema.compile(schema).violations(written);
        assertEquals(List.of(), violations, written.toString());
    }

    @Test
    void metadataDecidesDescriptionAndRequired() {
        JavaTypeSchemas described = new JavaTypeSchemas(new JavaTypeSchemas.PropertyMetadata() {
            @Override
            public String description(AnnotatedElement element) {
                return "about " + ((java.lang.reflect.RecordComponent) element).getName();
            }

            @Override
            public Boolean required(AnnotatedElement element) {
                return Boolean.TRUE;
            }
        });
        ObjectNode schema = described.schemaFor(Node.class);
        assertEquals("about name", schema.get("properties").get("name").get("description").stringValue());
        assertEquals(json("['name','children']"), schema.get("required"));
    }

    @Test
    void objectSchemaFromProperties() {
        ObjectNode schema = SCHEMAS.objectSchema(List.of(
                new JavaTypeSchemas.Property("q", String.class, true, "query"),
                new JavaTypeSchemas.Property("n", int.class, false, null)));
        assertEquals(json("{'type':'object','properties':{'q':{'type':'string','description':'query'},"
                + "'n':{'type':'integer'}},'required':['q']}"), schema);
        assertTrue(JavaTypeSchemas.isOptional(Optional.class));
        assertFalse(JavaTypeSchemas.isOptional(String.class));
    }

    private static JsonNode sortedRequired(JsonNode schema) {
        List<String> names = new java.util.ArrayList<>();
        schema.get("required").forEach(n -> names.add(n.stringValue()));
        java.util.Collections.sort(names);
        return JSON.valueToTree(names);
    }
}
