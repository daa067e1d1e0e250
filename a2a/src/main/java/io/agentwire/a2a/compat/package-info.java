/**
 * A2A 0.3 compatibility: a JSON-RPC interface that speaks the 0.3 wire shapes ({@code kind}-tagged objects,
 * kebab-case task states, {@code file}/{@code data} parts, nested push configurations, {@code message/send}-style
 * method names) over the same 1.0 engine the other bindings use. Requests are translated into the 1.0 model on the
 * way in and results back into 0.3 shapes on the way out, so the engine knows one model only. {@link
 * io.agentwire.a2a.compat.V03Cards} renders a 1.0 Agent Card as the card a 0.3 client expects.
 */
package io.agentwire.a2a.compat;
