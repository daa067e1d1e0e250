/**
 * The connection layer shared by the byte-stream bindings: {@link io.agentwire.aonp.transport.AonpConnection}
 * runs the HELLO handshake, answers PING, enforces the idle timeout and the slow-reader limit, and turns protocol
 * errors into CLOSE frames. Internal to the module; users reach it through the TCP and QUIC bindings.
 */
package io.agentwire.aonp.transport;
