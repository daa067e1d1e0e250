package io.agentwire.mcp;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public method as an MCP tool; see {@link McpServer.Builder#tools(Object)}. The input schema is derived
 * from the parameters (see {@link McpParam}); a {@link RequestContext} parameter receives the request itself.
 * The method may return a {@code CallToolResult} (sent as is), a {@code String} (text content), a
 * {@code Content} block, {@code void}, or any other value, which is sent as {@code structuredContent} plus its
 * JSON text; a record return type also yields the tool's {@code outputSchema}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface McpTool {
    /** Tool name; defaults to the method name. */
    String name() default "";

    /** Human-readable title for display (2025-06-18 and later); none when empty. */
    String title() default "";

    String description() default "";
}
