/**
 * Server-sent events: the {@link io.agentwire.jsonrpc.transport.sse.SseEvent} value, an encoder to the
 * {@code text/event-stream} format and an incremental, WHATWG-conformant decoder that needs no Netty types.
 */
package io.agentwire.jsonrpc.transport.sse;
