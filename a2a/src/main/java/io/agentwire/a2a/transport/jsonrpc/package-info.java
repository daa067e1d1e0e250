/** The A2A 1.0 JSON-RPC 2.0 binding over HTTP, with server-sent events for the streaming operations. */
package io.agentwire.a2a.transport.jsonrpc;
