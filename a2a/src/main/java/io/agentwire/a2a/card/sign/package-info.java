/** Agent Card signatures: RFC 8785 canonical payloads, detached JWS signing with nimbus-jose-jwt, verification. */
package io.agentwire.a2a.card.sign;
