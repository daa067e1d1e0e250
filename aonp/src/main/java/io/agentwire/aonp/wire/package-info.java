/**
 * The AONP wire vocabulary shared by all five protocols (spec/aonp/framing.md): QUIC variable-length integers,
 * the {@link io.agentwire.aonp.wire.Frame}, and the frame type and error code registries.
 */
package io.agentwire.aonp.wire;
