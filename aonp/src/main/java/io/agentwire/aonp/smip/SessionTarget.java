package io.agentwire.aonp.smip;

/**
 * Whom a new session is with and what authorizes it, sent in SESSION_OPEN.
 *
 * @param to    the agent name, for a gateway on the way to route by (srmp.md); null when the server is the agent
 * @param grant an A2P grant reference that authorizes the session (a2p.md); null when the server needs none
 */
public record SessionTarget(String to, byte[] grant) {
    /** A direct session that needs no grant. */
    public static final SessionTarget DIRECT = new SessionTarget(null, null);
}
