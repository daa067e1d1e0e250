/**
 * A transport-agnostic JSON-RPC 2.0 peer: {@link io.agentwire.jsonrpc.peer.JsonRpcPeer} dispatches inbound
 * requests and notifications to handlers and correlates outbound requests with their responses, with bounded
 * concurrency, timeouts, cancellation and progress routing.
 *
 * <p>The transport feeds decoded messages to {@code receive} and supplies a
 * {@link io.agentwire.jsonrpc.peer.MessageSink} for the other direction. Protocols (MCP, A2A) supply only what
 * JSON-RPC leaves open: how a cancellation is announced ({@link io.agentwire.jsonrpc.peer.CancellationNotifier},
 * {@link io.agentwire.jsonrpc.peer.JsonRpcPeer#cancelInbound}) and which notification carries progress
 * ({@link io.agentwire.jsonrpc.peer.JsonRpcPeer.Builder#progressMethod}). No protocol's method names appear here.
 */
package io.agentwire.jsonrpc.peer;
