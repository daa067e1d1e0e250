/**
 * Newline-delimited JSON framing: a Netty decoder and encoder with a line length limit, a TCP server and
 * client built on them, and {@link io.agentwire.jsonrpc.transport.ndjson.StdioTransport} for standard
 * input and output.
 */
package io.agentwire.jsonrpc.transport.ndjson;
