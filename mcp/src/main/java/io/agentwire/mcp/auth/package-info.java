/**
 * Authorization for MCP over HTTP (OAuth 2.1): the client-side hook {@link io.agentwire.mcp.auth.ClientAuthorizer},
 * the OAuth client in {@code io.agentwire.mcp.auth.client} and the resource-server side in
 * {@code io.agentwire.mcp.auth.server}.
 */
package io.agentwire.mcp.auth;
