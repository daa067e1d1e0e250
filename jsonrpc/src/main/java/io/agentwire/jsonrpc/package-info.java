/**
 * JSON-RPC 2.0 for Agentwire: the error type callers see. The wire model lives in
 * {@link io.agentwire.jsonrpc.model}, bytes in {@link io.agentwire.jsonrpc.codec}, request correlation and
 * dispatch in {@link io.agentwire.jsonrpc.peer}, and the Netty carriers (HTTP, SSE, newline-delimited JSON over
 * stdio and TCP) under {@code io.agentwire.jsonrpc.transport}.
 */
package io.agentwire.jsonrpc;
