/**
 * The reference "everything" server that the official MCP conformance suite exercises: every fixture tool,
 * prompt and resource the suite's server scenarios call, in both protocol eras, written only against the
 * public {@link io.agentwire.mcp.McpServer} API. Start with {@link io.agentwire.mcp.everything.EverythingServer#create()}.
 */
package io.agentwire.mcp.everything;
