package io.agentwire.mcp;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes a parameter of an {@link McpTool} method, or a component of a record used as a tool parameter or
 * result. Without it, a parameter is named after the compiled parameter name ({@code -parameters}) and is
 * required only when it is a primitive.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface McpParam {
    /** The argument name in the tool's input; defaults to the Java parameter name. Ignored on record components. */
    String name() default "";

    String description() default "";

    /**
     * Whether callers must supply the argument. {@code Optional} parameters are never required; a primitive
     * marked {@code required = false} receives its zero value when the argument is absent.
     */
    boolean required() default true;
}
