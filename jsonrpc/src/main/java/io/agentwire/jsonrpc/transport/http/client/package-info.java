/**
 * A pooled Netty HTTP/1.1 client for complete responses and server-sent event streams, used by the client
 * sides of the Streamable HTTP transports and by tests.
 */
package io.agentwire.jsonrpc.transport.http.client;
