/**
 * MCP servers as OAuth 2.1 resource servers.
 * <p>
 * {@link io.agentwire.mcp.auth.server.ResourceServerConfig} says who the server is (its canonical URI, the audience
 * tokens must carry), which authorization servers it trusts, and which scopes each request and tool needs.
 * {@link io.agentwire.mcp.auth.server.BearerGuard} is the integration point for a transport: it serves the RFC 9728
 * {@link io.agentwire.mcp.auth.server.ProtectedResourceMetadata} and turns an {@code Authorization} header into a
 * {@link io.agentwire.mcp.auth.server.BearerGuard.Decision} (allow, 401 challenge, 403 step-up, 503).
 * {@link io.agentwire.mcp.auth.server.AccessTokenValidator} verifies JWT access tokens with nimbus-jose-jwt against each
 * issuer's cached JWKS; tokens are never stored, logged or passed on.
 */
package io.agentwire.mcp.auth.server;
