/**
 * Nodes by address: {@link io.agentwire.aonp.node.AonpListener} serves {@code tcp://} and {@code quic://} listen
 * addresses at once, {@link io.agentwire.aonp.node.AonpConnector} opens an M2TP link to either kind of address.
 */
package io.agentwire.aonp.node;
