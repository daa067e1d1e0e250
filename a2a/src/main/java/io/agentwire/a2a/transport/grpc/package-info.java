/** The A2A 1.0 gRPC binding: service {@code lf.a2a.v1.A2AService} on grpc-java, errors with {@code ErrorInfo}. */
package io.agentwire.a2a.transport.grpc;
