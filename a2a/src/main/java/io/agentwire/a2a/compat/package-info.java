/** A2A 0.3 compatibility: the 0.3 JSON-RPC interface over the 1.0 engine, and the shape translation it needs. */
package io.agentwire.a2a.compat;
