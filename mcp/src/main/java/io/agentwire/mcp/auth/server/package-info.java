/**
 * MCP servers as OAuth 2.1 resource servers: protected resource metadata (RFC 9728), JWT access-token validation
 * against a cached JWKS with an audience bound to this server, scope rules per tool, and the 401/403 challenges
 * clients follow for discovery and step-up.
 */
package io.agentwire.mcp.auth.server;
