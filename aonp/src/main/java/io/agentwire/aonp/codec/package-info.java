/**
 * Bytes to frames and back (spec/aonp/framing.md): the Netty {@link io.agentwire.aonp.codec.FrameDecoder} and
 * {@link io.agentwire.aonp.codec.FrameEncoder} for byte streams (a TCP connection, a QUIC stream), and
 * {@link io.agentwire.aonp.codec.ControlCodec}, which turns control messages (Java records) into CBOR frame payloads.
 */
package io.agentwire.aonp.codec;
