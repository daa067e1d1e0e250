/**
 * A2A 0.3 compatibility: the three 0.3 bindings over the same 1.0 engine the other bindings use. The JSON-RPC
 * interface speaks the 0.3 JSON shapes ({@code kind}-tagged objects, kebab-case task states, {@code file}/{@code data}
 * parts, nested push configurations, {@code message/send}-style method names; {@link
 * io.agentwire.a2a.compat.V03Translator}); the gRPC and HTTP+JSON bindings speak the 0.3 proto ({@link
 * io.agentwire.a2a.compat.proto}, translated by {@link io.agentwire.a2a.compat.V03Protos}). Requests are translated
 * into the 1.0 model on the way in and results back on the way out, so the engine knows one model only; the semantic
 * rules of the translation (blocking, push authentication, default config ids, webhooks marked for 0.3 notifications)
 * are shared by both forms. {@link io.agentwire.a2a.compat.V03Cards} renders a 1.0 Agent Card as the card a 0.3
 * client expects.
 */
package io.agentwire.a2a.compat;
