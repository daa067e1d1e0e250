/**
 * Internal: the binding-neutral A2A engine (task lifecycle, streams, queries, push configuration) that every binding
 * drives through {@link io.agentwire.a2a.server.A2aOperations}. Not a public API; build servers with
 * {@code io.agentwire.a2a.A2aServer}.
 */
package io.agentwire.a2a.server;
