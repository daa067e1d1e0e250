/**
 * How an MCP client reaches its server: a spawned process over stdio, Streamable HTTP (legacy sessions and the
 * stateless 2026-07-28 rules) and the deprecated 2024-11-05 HTTP+SSE transport. Transports move JSON-RPC
 * messages only; negotiation, correlation and protocol rules live in {@link io.agentwire.mcp.client}.
 */
package io.agentwire.mcp.client.transport;
