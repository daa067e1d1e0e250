/**
 * The card's security schemes, enforced and satisfied. On the server, {@link io.agentwire.a2a.auth.CardSecurity}
 * reads the card's {@code securitySchemes} and {@code securityRequirements} and admits a request only when one
 * requirement is met in full, using a {@link io.agentwire.a2a.auth.SchemeVerifier} per scheme: API keys
 * ({@link io.agentwire.a2a.auth.ApiKeyVerifier}), bearer JWTs checked against a cached JWKS for HTTP bearer,
 * OAuth 2 and OpenID Connect schemes ({@link io.agentwire.a2a.auth.JwtBearerVerifier}), and client certificates
 * for mutual TLS ({@link io.agentwire.a2a.auth.ClientCertificateVerifier}). On the client,
 * {@link io.agentwire.a2a.auth.TokenProvider} supplies access tokens, with the OAuth 2 client credentials grant in
 * {@link io.agentwire.a2a.auth.ClientCredentialsTokenProvider}; interactive flows plug in their own provider.
 */
package io.agentwire.a2a.auth;
