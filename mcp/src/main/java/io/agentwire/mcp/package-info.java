/**
 * The public API for MCP servers: define a server with {@link io.agentwire.mcp.McpServer}, write handlers
 * against {@link io.agentwire.mcp.RequestContext}, and serve it with {@link io.agentwire.mcp.McpHttpServer} or
 * {@link io.agentwire.mcp.McpStdioServer}. Wire types are in {@link io.agentwire.mcp.model}.
 */
package io.agentwire.mcp;
