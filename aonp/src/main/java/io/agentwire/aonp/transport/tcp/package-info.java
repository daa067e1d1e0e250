/**
 * The TCP binding (spec/aonp/framing.md "TCP binding"): the client writes the 8-byte AONP preface, then both sides
 * exchange frames back to back. {@link io.agentwire.aonp.transport.tcp.TcpNodeServer} accepts connections,
 * {@link io.agentwire.aonp.transport.tcp.TcpNodeClient} opens them, and
 * {@link io.agentwire.aonp.transport.tcp.TcpM2tpLink} carries M2TP on one with bounded buffering both ways.
 */
package io.agentwire.aonp.transport.tcp;
