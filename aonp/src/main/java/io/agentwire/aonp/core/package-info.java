/**
 * The connection-level control messages every AONP node speaks (spec/aonp/framing.md "Connection control"):
 * HELLO and HELLO_ACK negotiate the version, the protocols and the frame size limit; GOAWAY asks the peer to
 * move elsewhere; CLOSE ends the connection with an error code; PING and PONG carry eight opaque bytes.
 */
package io.agentwire.aonp.core;
