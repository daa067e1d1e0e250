package io.agentwire.aonp.smip.wire;

/**
 * INVOKE (0x26, client to server, sequenced): starts invocation {@code id}.
 *
 * @param seq         the client's sequence number of this frame
 * @param id          the invocation id, larger than every id the client used before in this session
 * @param contentType the media type of the payload, e.g. {@code application/json} for a JSON-RPC request
 * @param body        the payload inline (optional when {@code ref} is given)
 * @param ref         the payload as an M2TP group (optional)
 * @param operation   a routing hint such as {@code a2a/SendMessage} or {@code mcp/tools/call} (optional)
 * @param grant       an A2P grant reference for this invocation, overriding the session's (optional, a2p.md)
 */
public record Invoke(Long seq, Long id, String contentType, byte[] body, PayloadRef ref, String operation,
        byte[] grant) implements Sequenced {
    @Override
    public void check() {
        Checks.sequenced(seq, id);
        Checks.payload(contentType, body, ref);
        Checks.grant(grant);
    }
}
