/**
 * The M2TP relay (spec/aonp/m2tp.md section 7): forwards tracks between connections by frame metadata only, never
 * reassembling payloads, and converts between TCP (groups interleaved on one connection) and QUIC (a stream per
 * group, datagrams).
 */
package io.agentwire.aonp.relay;
