/**
 * SMIP, the AONP session and invocation protocol (spec/aonp/smip.md): sessions that survive connection loss,
 * and invocations (an A2A or MCP JSON-RPC message or any other payload) with progress, input requests,
 * cancellation and exactly-once results.
 *
 * <p>Clients use {@link io.agentwire.aonp.smip.SmipClient} with a {@link io.agentwire.aonp.smip.SmipConnector};
 * agent authors implement {@link io.agentwire.aonp.smip.SmipService} and serve it with
 * {@link io.agentwire.aonp.smip.SmipServer}, on a {@code TcpNodeServer} or, through
 * {@link io.agentwire.aonp.smip.SmipLinks}, on a node's TCP and QUIC listeners beside M2TP. The engine lives in
 * {@code smip.session}, the wire messages in {@code smip.wire}.
 */
package io.agentwire.aonp.smip;
