/**
 * AONP, the Agent Internet Open Network Protocol suite, as specified in {@code spec/aonp/}.
 *
 * <p>Where each wire concept lives: varints, frames and the type and error registries in
 * {@link io.agentwire.aonp.wire}; bytes to frames and CBOR control payloads in {@link io.agentwire.aonp.codec};
 * the connection handshake messages (HELLO, GOAWAY, CLOSE) in {@link io.agentwire.aonp.core}.
 */
package io.agentwire.aonp;
