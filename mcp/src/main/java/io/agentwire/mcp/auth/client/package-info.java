/**
 * The OAuth 2.1 client behind {@link io.agentwire.mcp.auth.ClientAuthorizer}: discovery of protected resource and
 * authorization server metadata, client identity (pre-registered, client ID metadata document, dynamic
 * registration), the authorization code grant with PKCE and RFC 9207 issuer checks, refresh and step-up, and the
 * extension grants (client credentials, enterprise-managed ID-JAG, workload identity JWT bearer) with optional DPoP.
 * {@link io.agentwire.mcp.auth.client.OAuthClientAuthorizer} is the entry point; tokens live behind
 * {@link io.agentwire.mcp.auth.client.TokenStore} and are never logged.
 */
package io.agentwire.mcp.auth.client;
