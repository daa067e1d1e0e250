/**
 * The client-side benchmark ({@code mcp-client}): MCP client libraries against one Agentwire server in a child JVM,
 * calls per second of a trivial {@code tools/call} from concurrent callers sharing one client, and the end-to-end
 * time of a 4 MiB tool result.
 */
package io.agentwire.bench.client;
