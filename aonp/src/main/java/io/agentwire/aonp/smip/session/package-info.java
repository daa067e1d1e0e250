/**
 * The SMIP engine shared by client and server: the session and invocation state machines (transition tables),
 * the per-direction send and receive windows that give retransmission after resume and dedup by sequence number,
 * and {@link io.agentwire.aonp.smip.session.SessionLink}, which ties them to the attached connection with
 * acknowledgements and heartbeats. Internal: applications use the classes of {@code io.agentwire.aonp.smip}.
 */
package io.agentwire.aonp.smip.session;
