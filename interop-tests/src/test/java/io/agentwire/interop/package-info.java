/**
 * Interoperability tests: the official MCP conformance suite and third-party Node peers (MCP SDK
 * client, reference servers) exercised against the Agentwire server running as a child JVM.
 *
 * <p>The Node peers are installed by {@code interop-tests/install-peers.sh} into the ignored
 * {@code .tools/node-peers} folder during {@code generate-test-resources}; {@link
 * io.agentwire.interop.NodePeers} finds them at test time.
 */
package io.agentwire.interop;
