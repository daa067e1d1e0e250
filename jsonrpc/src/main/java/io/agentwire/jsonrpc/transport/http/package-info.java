/**
 * The HTTP server transport: {@link io.agentwire.jsonrpc.transport.http.NettyHttpServer} hands each request
 * to an {@link io.agentwire.jsonrpc.transport.http.HttpHandler} as an
 * {@link io.agentwire.jsonrpc.transport.http.HttpExchange}, which answers with a complete response or an
 * {@link io.agentwire.jsonrpc.transport.http.SseStream}.
 */
package io.agentwire.jsonrpc.transport.http;
