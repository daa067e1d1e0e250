/**
 * MCP over stdio: newline-delimited JSON-RPC on a process's stdin and stdout, both eras on one channel.
 * Internal: users start it through {@link io.agentwire.mcp.McpStdioServer}.
 */
package io.agentwire.mcp.transport.stdio;
