/**
 * A2A push notifications, the agent's side: delivering task events to client webhooks.
 *
 * <ul>
 *   <li>{@link io.agentwire.a2a.push.PushNotificationSender}: the entry point; validate a config when it is
 *       created, then {@code deliver} each event; retries, per-config ordering and bounded queues.</li>
 *   <li>{@link io.agentwire.a2a.push.WebhookUrlPolicy}: the SSRF guard, applied at registration and before every
 *       attempt.</li>
 *   <li>{@link io.agentwire.a2a.push.PushJwtSigner} and {@link io.agentwire.a2a.push.PushJwks}: optional signed
 *       JWTs per request and the public key set receivers verify them with (the A2A guide's JWT + JWKS flow, which
 *       is not normative; the claim set here is our choice and documented on the signer).</li>
 * </ul>
 *
 * <p>The wire form of every body is ProtoJSON of {@code io.agentwire.a2a.model.StreamResponse}.
 */
package io.agentwire.a2a.push;
