/**
 * JSON Schema support for tools: compiling a tool's {@code inputSchema} and {@code outputSchema} once, offline
 * (no {@code $ref} is ever fetched over the network), validating arguments and structured results against them,
 * and deriving schemas from Java types for annotated tools.
 */
package io.agentwire.mcp.schema;
