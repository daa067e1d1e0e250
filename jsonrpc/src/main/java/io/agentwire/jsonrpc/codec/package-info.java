/**
 * JSON-RPC bytes to {@link io.agentwire.jsonrpc.model model} and back: strict shape validation with the
 * standard error codes, a nesting-depth limit, batches where the caller allows them.
 */
package io.agentwire.jsonrpc.codec;
