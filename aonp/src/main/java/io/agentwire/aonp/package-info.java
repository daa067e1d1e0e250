/**
 * AONP, the Agent Internet Open Network Protocol suite, as specified in {@code spec/aonp/}.
 *
 * <p>Where each wire concept lives: varints, frames and the type and error registries in
 * {@link io.agentwire.aonp.wire}; bytes to frames and CBOR control payloads in {@link io.agentwire.aonp.codec};
 * the connection handshake messages (HELLO, GOAWAY, CLOSE) in {@link io.agentwire.aonp.core}; M2TP's messages in
 * {@link io.agentwire.aonp.m2tp.wire} and its streaming sender and receiver in {@link io.agentwire.aonp.m2tp}; the
 * TCP and QUIC bindings under {@link io.agentwire.aonp.transport}; nodes by address in
 * {@link io.agentwire.aonp.node}; the metadata-only relay in {@link io.agentwire.aonp.relay}.
 */
package io.agentwire.aonp;
