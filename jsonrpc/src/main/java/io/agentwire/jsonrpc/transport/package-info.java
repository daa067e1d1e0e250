/** Network and process transports that carry JSON-RPC messages: HTTP with SSE, stdio and TCP with NDJSON. */
package io.agentwire.jsonrpc.transport;
