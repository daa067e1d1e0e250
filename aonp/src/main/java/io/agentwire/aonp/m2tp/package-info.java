/**
 * M2TP, the multimodal message transport (spec/aonp/m2tp.md): messages of any size sent as groups of objects on
 * tracks, streamed in and out with bounded memory and verified with a digest the sender chooses per group (CRC-32C
 * by default, or SHA-256; {@link io.agentwire.aonp.m2tp.DigestAlgorithm}).
 *
 * <p>Users send with {@link io.agentwire.aonp.m2tp.M2tpEndpoint#send} and receive through a
 * {@link io.agentwire.aonp.m2tp.MessageReceiver}. Transports plug in as an {@link io.agentwire.aonp.m2tp.M2tpLink}
 * (TCP and QUIC bindings live in {@code io.agentwire.aonp.transport}).
 */
package io.agentwire.aonp.m2tp;
