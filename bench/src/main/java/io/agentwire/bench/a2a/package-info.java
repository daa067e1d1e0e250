/**
 * The A2A benchmark ({@code a2a-http}): Agentwire's A2A agent and the {@code @a2a-js/sdk} agent under the same
 * JSON-RPC load, and time to the first streamed event.
 */
package io.agentwire.bench.a2a;
