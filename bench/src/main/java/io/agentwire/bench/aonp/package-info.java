/**
 * The {@code aonp-transfer} benchmark: one large message through M2TP over TCP, over QUIC and across a relay,
 * next to a raw TCP socket copy and a raw kwik stream on the same machine, with the heap growth of each.
 */
package io.agentwire.bench.aonp;
