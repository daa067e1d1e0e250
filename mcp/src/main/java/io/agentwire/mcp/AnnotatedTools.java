package io.agentwire.mcp;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.agentwire.mcp.model.CallToolResult;
import io.agentwire.mcp.model.Content;
import io.agentwire.mcp.model.Tool;
import io.agentwire.mcp.schema.JavaTypeSchemas;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns {@link McpTool} methods into tools: derives the input schema from the parameters and the output schema
 * from a record return type, converts the call's arguments to parameter values with Jackson, and converts the
 * return value to a {@link CallToolResult}.
 */
final class AnnotatedTools {
    /** A tool definition with the handler that invokes its method. */
    record Definition(Tool tool, ToolHandler handler) {
    }

    /** Lenient on input (extra fields are the model's business), terse on output (no nulls in results). */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private static final JavaTypeSchemas SCHEMAS = new JavaTypeSchemas(new McpParamMetadata());

    private AnnotatedTools() {
    }

    /**
     * Finds the {@link McpTool} methods of the holder's class and its superclasses, sorted by tool name. A
     * {@link Class} holder offers its static methods.
     *
     * @throws IllegalArgumentException when an annotated method is not public, a name is invalid or duplicated,
     *         or a parameter name is unknown
     */
    static List<Definition> scan(Object holder) {
        if (holder == null) {
            throw new IllegalArgumentException("tool holder must not be null");
        }
        boolean staticOnly = holder instanceof Class;
        Class<?> type = staticOnly ? (Class<?>) holder : holder.getClass();
        Object target = staticOnly ? null : holder;
        List<Definition> tools = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Method method : annotatedMethods(type)) {
            if (staticOnly && !Modifier.isStatic(method.getModifiers())) {
                throw new IllegalArgumentException("@McpTool method " + describe(method)
                        + " is not static; pass an instance instead of the class");
            }
            Definition definition = define(method, target);
            if (!names.add(definition.tool().name())) {
                throw new IllegalArgumentException("Duplicate tool name \"" + definition.tool().name() + "\" at "
                        + describe(method));
            }
            tools.add(definition);
        }
        tools.sort(Comparator.comparing(d -> d.tool().name()));
        return List.copyOf(tools);
    }

    private static List<Method> annotatedMethods(Class<?> type) {
        List<Method> found = new ArrayList<>();
        Set<String> signatures = new HashSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.isBridge() || m.isSynthetic() || !m.isAnnotationPresent(McpTool.class)) {
                    continue;
                }
                // An override in a subclass wins over the method it overrides.
                if (!signatures.add(m.getName() + java.util.Arrays.toString(m.getParameterTypes()))) {
                    continue;
                }
                if (!Modifier.isPublic(m.getModifiers())) {
                    throw new IllegalArgumentException("@McpTool method " + describe(m) + " must be public");
                }
                found.add(m);
            }
        }
        return found;
    }

    private static Definition define(Method method, Object target) {
        McpTool annotation = method.getAnnotation(McpTool.class);
        String name = annotation.name().isEmpty() ? method.getName() : annotation.name();
        try {
            ToolNames.check(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + " (method " + describe(method) + ")", e);
        }
        List<Argument> arguments = new ArrayList<>();
        List<JavaTypeSchemas.Property> properties = new ArrayList<>();
        Set<String> argumentNames = new HashSet<>();
        for (Parameter p : method.getParameters()) {
            Argument argument = Argument.of(method, p);
            arguments.add(argument);
            if (argument.isContext()) {
                continue;
            }
            if (!argumentNames.add(argument.name)) {
                throw new IllegalArgumentException("Two parameters named \"" + argument.name + "\" in "
                        + describe(method));
            }
            McpParam param = p.getAnnotation(McpParam.class);
            properties.add(new JavaTypeSchemas.Property(argument.name, p.getParameterizedType(),
                    argument.required, param == null || param.description().isEmpty() ? null : param.description()));
        }
        ObjectNode inputSchema = SCHEMAS.objectSchema(properties);
        ObjectNode outputSchema = method.getReturnType().isRecord()
                ? SCHEMAS.schemaFor(method.getGenericReturnType()) : null;
        Tool tool = new Tool(name, emptyToNull(annotation.title()), emptyToNull(annotation.description()),
                inputSchema, outputSchema, null, null, null, null);
        // Lets a public method of a non-public holder class (a nested or anonymous class) be invoked.
        method.trySetAccessible();
        return new Definition(tool, new MethodHandler(method, target, List.copyOf(arguments)));
    }

    /** Converts a method's return value to a tool result. */
    static CallToolResult toResult(Object value) {
        if (value == null) {
            return new CallToolResult(List.of(), null, null);
        }
        if (value instanceof CallToolResult) {
            return (CallToolResult) value;
        }
        if (value instanceof String) {
            return CallToolResult.text((String) value);
        }
        if (value instanceof Content) {
            return CallToolResult.of((Content) value);
        }
        JsonNode node = MAPPER.valueToTree(value);
        String json = MAPPER.writeValueAsString(node);
        // structuredContent must be a JSON object; other values (numbers, lists) travel as JSON text only.
        return node.isObject() ? CallToolResult.structured(node, json) : CallToolResult.text(json);
    }

    private static String describe(Method m) {
        return m.getDeclaringClass().getName() + "." + m.getName();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** Invokes the tool method with arguments converted from the request. */
    private static final class MethodHandler implements ToolHandler {
        private final Method method;
        private final Object target;
        private final List<Argument> arguments;

        MethodHandler(Method method, Object target, List<Argument> arguments) {
            this.method = method;
            this.target = target;
            this.arguments = arguments;
        }

        @Override
        public CallToolResult call(RequestContext request) throws Exception {
            JsonNode input = request.arguments();
            Object[] values = new Object[arguments.size()];
            for (int i = 0; i < values.length; i++) {
                try {
                    values[i] = arguments.get(i).valueFrom(request, input);
                } catch (JacksonException e) {
                    // The model sent a value the schema let through but Java cannot take: tell it, as a tool error.
                    return CallToolResult.error("Invalid value for argument \"" + arguments.get(i).name + "\": "
                            + e.getOriginalMessage());
                }
            }
            try {
                return toResult(method.invoke(target, values));
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof Exception) {
                    throw (Exception) cause;
                }
                if (cause instanceof Error) {
                    throw (Error) cause;
                }
                throw e;
            }
        }
    }

    /** How one method parameter gets its value. */
    private static final class Argument {
        final String name;
        final boolean required;
        private final Class<?> rawType;
        private final JavaType valueType;
        private final boolean context;

        private Argument(String name, boolean required, Class<?> rawType, JavaType valueType, boolean context) {
            this.name = name;
            this.required = required;
            this.rawType = rawType;
            this.valueType = valueType;
            this.context = context;
        }

        static Argument of(Method method, Parameter p) {
            if (p.getType() == RequestContext.class) {
                return new Argument(null, false, RequestContext.class, null, true);
            }
            McpParam param = p.getAnnotation(McpParam.class);
            String name = param != null && !param.name().isEmpty() ? param.name() : p.getName();
            if (param == null || param.name().isEmpty()) {
                if (!p.isNamePresent()) {
                    throw new IllegalArgumentException("Parameter names of " + describe(method)
                            + " were not compiled in: compile with -parameters or use @McpParam(name = ...)");
                }
            }
            boolean optional = JavaTypeSchemas.isOptional(p.getType());
            boolean required = param != null ? param.required() && !optional : p.getType().isPrimitive();
            return new Argument(name, required, p.getType(), MAPPER.constructType(valueTypeOf(p)), false);
        }

        boolean isContext() {
            return context;
        }

        Object valueFrom(RequestContext request, JsonNode input) {
            if (context) {
                return request;
            }
            JsonNode node = input == null ? null : input.get(name);
            boolean absent = node == null || node.isNull() || node.isMissingNode();
            if (rawType == Optional.class) {
                return absent ? Optional.empty() : Optional.ofNullable(MAPPER.treeToValue(node, valueType));
            }
            if (rawType == OptionalInt.class) {
                return absent ? OptionalInt.empty() : OptionalInt.of(MAPPER.treeToValue(node, Integer.class));
            }
            if (rawType == OptionalLong.class) {
                return absent ? OptionalLong.empty() : OptionalLong.of(MAPPER.treeToValue(node, Long.class));
            }
            if (rawType == OptionalDouble.class) {
                return absent ? OptionalDouble.empty() : OptionalDouble.of(MAPPER.treeToValue(node, Double.class));
            }
            if (absent) {
                return rawType.isPrimitive() ? zeroOf(rawType) : null;
            }
            return MAPPER.treeToValue(node, valueType);
        }

        /** The type Jackson converts to: the element type for {@code Optional<T>}. */
        private static Type valueTypeOf(Parameter p) {
            Type type = p.getParameterizedType();
            if (p.getType() == Optional.class) {
                return type instanceof ParameterizedType ? ((ParameterizedType) type).getActualTypeArguments()[0]
                        : Object.class;
            }
            return type;
        }

        private static Object zeroOf(Class<?> primitive) {
            return java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(primitive, 1), 0);
        }
    }

    /** Reads {@link McpParam} for record components used in parameter and result types. */
    private static final class McpParamMetadata implements JavaTypeSchemas.PropertyMetadata {
        @Override
        public String description(AnnotatedElement element) {
            McpParam param = element.getAnnotation(McpParam.class);
            return param == null || param.description().isEmpty() ? null : param.description();
        }

        @Override
        public Boolean required(AnnotatedElement element) {
            McpParam param = element.getAnnotation(McpParam.class);
            return param == null ? null : param.required();
        }
    }
}
