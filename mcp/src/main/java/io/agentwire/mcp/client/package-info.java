/**
 * The MCP client: {@link io.agentwire.mcp.client.McpClient} connects to a server over stdio, Streamable HTTP or
 * HTTP+SSE, negotiates the protocol era (the {@code initialize} handshake of 2024-11-05 to 2025-11-25, or the
 * stateless 2026-07-28 rules with per-request {@code _meta}), and offers every client operation as plain Java
 * calls returning values or {@link java.util.concurrent.CompletableFuture}s. Server requests for sampling,
 * elicitation and roots are answered by the handlers given to the builder, in both eras.
 */
package io.agentwire.mcp.client;
