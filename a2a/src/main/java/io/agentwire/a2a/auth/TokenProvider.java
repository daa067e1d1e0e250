package io.agentwire.a2a.auth;

/**
 * Supplies the access token a client presents as {@code Authorization: Bearer ...}. Implementations cache tokens and
 * renew them before they expire; interactive flows (authorization code, device code) plug in their own.
 */
@FunctionalInterface
public interface TokenProvider {
    /** A currently valid access token; may block while a new one is obtained. */
    String accessToken();

    /** Forgets the cached token, as after the agent rejected it, so the next call obtains a new one. */
    default void invalidate() {
    }
}
