/**
 * The QUIC binding on kwik (spec/aonp/framing.md "QUIC binding", spec/aonp/m2tp.md section 2): ALPN {@code aonp/1},
 * the control stream is the first client bidirectional stream, each M2TP group gets its own bidirectional stream,
 * and OBJECT_DATAGRAM frames ride RFC 9221 datagrams. kwik's streams block and its receiver thread must never be
 * blocked, so every stream is read on a thread of our own executor.
 */
package io.agentwire.aonp.transport.quic;
