package io.agentwire.mcp.schema;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Derives JSON Schemas (2020-12 vocabulary) from Java types, matching how Jackson serialises them: strings,
 * numbers, booleans, enums (by constant name or {@code @JsonProperty}), collections and arrays, maps, records
 * (objects with one property per component), {@link Optional}, common {@code java.time} and identifier types,
 * and {@link JsonNode} (any value). Other classes become a bare {@code {"type":"object"}}. Recursive records are
 * cut off with a bare object schema at the point of recursion.
 *
 * <p>Properties are required when they are primitives or when the {@link PropertyMetadata} says so; the others
 * may be absent, and the schemas assume that absent values are omitted rather than written as {@code null}
 * (serialise with {@code JsonInclude.Include.NON_NULL}).
 *
 * <p>Thread-safe: an instance only holds the metadata reader.
 */
public final class JavaTypeSchemas {
    /** How per-property metadata is read; the MCP layer reads it from its {@code @McpParam} annotation. */
    public interface PropertyMetadata {
        /** A description for the property, or {@code null}. */
        String description(AnnotatedElement element);

        /** Whether the property is required, or {@code null} when the element does not say. */
        Boolean required(AnnotatedElement element);
    }

    /** One property of an object schema. */
    public record Property(String name, Type type, boolean required, String description) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final PropertyMetadata NO_METADATA = new PropertyMetadata() {
        @Override
        public String description(AnnotatedElement element) {
            return null;
        }

        @Override
        public Boolean required(AnnotatedElement element) {
            return null;
        }
    };

    private final PropertyMetadata metadata;

    public JavaTypeSchemas(PropertyMetadata metadata) {
        this.metadata = metadata == null ? NO_METADATA : metadata;
    }

    public JavaTypeSchemas() {
        this(NO_METADATA);
    }

    /** The schema of values of the given type. */
    public ObjectNode schemaFor(Type type) {
        return schemaFor(type, new ArrayDeque<>());
    }

    /** An object schema with the given properties; {@code required} lists the required ones, if any. */
    public ObjectNode objectSchema(List<Property> properties) {
        return objectSchema(properties, new ArrayDeque<>());
    }

    /** Whether a value of this type can be absent: an {@code Optional} of any kind. */
    public static boolean isOptional(Type type) {
        Class<?> raw = rawClass(type);
        return raw == Optional.class || raw == OptionalInt.class || raw == OptionalLong.class
                || raw == OptionalDouble.class;
    }

    /** The class behind a type, {@code Object} when it cannot be known (type variables, wildcards). */
    public static Class<?> rawClass(Type type) {
        if (type instanceof Class) {
            return (Class<?>) type;
        }
        if (type instanceof ParameterizedType) {
            return rawClass(((ParameterizedType) type).getRawType());
        }
        if (type instanceof GenericArrayType) {
            return java.lang.reflect.Array.newInstance(
                    rawClass(((GenericArrayType) type).getGenericComponentType()), 0).getClass();
        }
        if (type instanceof WildcardType) {
            return rawClass(((WildcardType) type).getUpperBounds()[0]);
        }
        return Object.class;
    }

    private ObjectNode objectSchema(List<Property> properties, Deque<Class<?>> inProgress) {
        ObjectNode schema = NODES.objectNode().put("type", "object");
        ObjectNode props = schema.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        for (Property p : properties) {
            ObjectNode propertySchema = schemaFor(p.type(), inProgress);
            if (p.description() != null && !p.description().isEmpty()) {
                propertySchema.put("description", p.description());
            }
            props.set(p.name(), propertySchema);
            if (p.required()) {
                required.add(p.name());
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        return schema;
    }

    private ObjectNode schemaFor(Type type, Deque<Class<?>> inProgress) {
        if (type instanceof ParameterizedType) {
            return parameterized((ParameterizedType) type, inProgress);
        }
        if (type instanceof GenericArrayType) {
            return arrayOf(((GenericArrayType) type).getGenericComponentType(), inProgress);
        }
        if (type instanceof WildcardType) {
            return schemaFor(((WildcardType) type).getUpperBounds()[0], inProgress);
        }
        if (type instanceof TypeVariable || !(type instanceof Class)) {
            return NODES.objectNode();
        }
        return forClass((Class<?>) type, inProgress);
    }

    private ObjectNode parameterized(ParameterizedType type, Deque<Class<?>> inProgress) {
        Class<?> raw = rawClass(type);
        Type[] args = type.getActualTypeArguments();
        if (raw == Optional.class) {
            return schemaFor(args[0], inProgress);
        }
        if (Collection.class.isAssignableFrom(raw)) {
            ObjectNode schema = arrayOf(args[0], inProgress);
            if (Set.class.isAssignableFrom(raw)) {
                schema.put("uniqueItems", true);
            }
            return schema;
        }
        if (Map.class.isAssignableFrom(raw)) {
            ObjectNode schema = NODES.objectNode().put("type", "object");
            ObjectNode values = schemaFor(args[1], inProgress);
            if (!values.isEmpty()) {
                schema.set("additionalProperties", values);
            }
            return schema;
        }
        return forClass(raw, inProgress);
    }

    private ObjectNode arrayOf(Type items, Deque<Class<?>> inProgress) {
        ObjectNode schema = NODES.objectNode().put("type", "array");
        ObjectNode itemSchema = schemaFor(items, inProgress);
        if (!itemSchema.isEmpty()) {
            schema.set("items", itemSchema);
        }
        return schema;
    }

    private ObjectNode forClass(Class<?> c, Deque<Class<?>> inProgress) {
        String scalar = scalarType(c);
        if (scalar != null) {
            return NODES.objectNode().put("type", scalar);
        }
        String format = stringFormat(c);
        if (format != null) {
            ObjectNode schema = NODES.objectNode().put("type", "string");
            return format.isEmpty() ? schema : schema.put("format", format);
        }
        if (c.isEnum()) {
            return enumSchema(c);
        }
        if (c == byte[].class) {
            // Jackson writes byte arrays as base64 text, not as arrays of numbers.
            return NODES.objectNode().put("type", "string").put("contentEncoding", "base64");
        }
        if (c.isArray()) {
            return arrayOf(c.getComponentType(), inProgress);
        }
        if (Collection.class.isAssignableFrom(c)) {
            return NODES.objectNode().put("type", "array");
        }
        if (c == OptionalInt.class || c == OptionalLong.class) {
            return NODES.objectNode().put("type", "integer");
        }
        if (c == OptionalDouble.class) {
            return NODES.objectNode().put("type", "number");
        }
        if (c == Object.class || c == Optional.class || c == JsonNode.class) {
            return NODES.objectNode();
        }
        if (JsonNode.class.isAssignableFrom(c)) {
            return jsonNodeSchema(c);
        }
        if (c.isRecord()) {
            return recordSchema(c, inProgress);
        }
        return NODES.objectNode().put("type", "object");
    }

    private ObjectNode recordSchema(Class<?> c, Deque<Class<?>> inProgress) {
        if (inProgress.contains(c)) {
            return NODES.objectNode().put("type", "object");
        }
        inProgress.push(c);
        try {
            List<Property> properties = new java.util.ArrayList<>();
            for (RecordComponent component : c.getRecordComponents()) {
                properties.add(new Property(jsonName(component), component.getGenericType(),
                        isRequired(component, component.getType()), metadata.description(component)));
            }
            return objectSchema(properties, inProgress);
        } finally {
            inProgress.pop();
        }
    }

    /** Primitives cannot be absent; otherwise the metadata decides, and an Optional is never required. */
    private boolean isRequired(AnnotatedElement element, Class<?> type) {
        Boolean stated = metadata.required(element);
        if (stated != null) {
            return stated && !isOptional(type);
        }
        return type.isPrimitive();
    }

    private static String jsonName(RecordComponent component) {
        // @JsonProperty cannot target record components; javac propagates it to the accessor instead.
        JsonProperty renamed = component.getAnnotation(JsonProperty.class);
        if (renamed == null) {
            renamed = component.getAccessor().getAnnotation(JsonProperty.class);
        }
        return renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
    }

    private static ObjectNode enumSchema(Class<?> c) {
        ArrayNode values = NODES.arrayNode();
        for (Object constant : c.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            try {
                JsonProperty renamed = c.getField(name).getAnnotation(JsonProperty.class);
                values.add(renamed != null && !renamed.value().isEmpty() ? renamed.value() : name);
            } catch (NoSuchFieldException e) {
                values.add(name);
            }
        }
        ObjectNode schema = NODES.objectNode().put("type", "string");
        schema.set("enum", values);
        return schema;
    }

    private static ObjectNode jsonNodeSchema(Class<?> c) {
        if (tools.jackson.databind.node.ObjectNode.class.isAssignableFrom(c)) {
            return NODES.objectNode().put("type", "object");
        }
        if (ArrayNode.class.isAssignableFrom(c)) {
            return NODES.objectNode().put("type", "array");
        }
        return NODES.objectNode();
    }

    private static String scalarType(Class<?> c) {
        if (c == String.class || c == char.class || c == Character.class || c == CharSequence.class) {
            return "string";
        }
        if (c == int.class || c == long.class || c == short.class || c == byte.class || c == Integer.class
                || c == Long.class || c == Short.class || c == Byte.class || c == BigInteger.class) {
            return "integer";
        }
        if (c == double.class || c == float.class || c == Double.class || c == Float.class
                || c == BigDecimal.class || c == Number.class) {
            return "number";
        }
        if (c == boolean.class || c == Boolean.class) {
            return "boolean";
        }
        return null;
    }

    /** Types Jackson writes as strings; the format when the text follows a standard one, else "". */
    private static String stringFormat(Class<?> c) {
        if (c == UUID.class) {
            return "uuid";
        }
        if (c == URI.class || c == URL.class) {
            return "uri";
        }
        if (c == LocalDate.class) {
            return "date";
        }
        if (c == Instant.class || c == OffsetDateTime.class || c == ZonedDateTime.class) {
            return "date-time";
        }
        if (c == Duration.class) {
            return "duration";
        }
        if (c == LocalTime.class || c == java.time.LocalDateTime.class) {
            // Jackson writes these without an offset, which RFC 3339 "time"/"date-time" would reject.
            return "";
        }
        return null;
    }
}
