package io.agentwire.mcp;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a method as an MCP tool; see {@link McpServer.Builder#tools(Object)}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface McpTool {
    /** Tool name; defaults to the method name. */
    String name() default "";

    String description() default "";
}
