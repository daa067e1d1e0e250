/**
 * The A2A 0.3 wire model, generated from {@code src/main/protobuf/a2a_v03.proto} (package {@code a2a.v1}): the
 * messages nested in {@code V03Proto} and the {@code a2a.v1.A2AService} gRPC stubs. Only the 0.3 gRPC and HTTP+JSON
 * bindings and their translator ({@link io.agentwire.a2a.compat.V03Protos}) use it; everything else speaks the 1.0
 * model.
 */
package io.agentwire.a2a.compat.proto;
