/**
 * The JSON-RPC 2.0 wire model: requests, notifications, results and errors, with ids preserved exactly.
 * Plain records with no behaviour; {@link io.agentwire.jsonrpc.codec.JsonRpcCodec} turns them into bytes.
 */
package io.agentwire.jsonrpc.model;
