/**
 * The MCP protocol engine, shared by every transport and revision: dispatch per era, feature calls running user
 * handlers, legacy sessions, modern {@code _meta} scopes, multi round-trip input with sealed
 * {@code requestState}, subscriptions and pagination. Internal: the public API is {@link io.agentwire.mcp}.
 */
package io.agentwire.mcp.server;
