/**
 * MCP over HTTP: the Streamable HTTP endpoint serving the legacy (sessions, GET stream, resumability) and modern
 * (stateless, mirrored headers) rules side by side, the 2024-11-05 HTTP+SSE endpoint, and DNS-rebinding
 * protection. Internal: users start servers through {@link io.agentwire.mcp.McpHttpServer}.
 */
package io.agentwire.mcp.transport.http;
