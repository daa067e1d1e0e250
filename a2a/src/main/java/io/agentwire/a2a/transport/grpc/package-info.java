/**
 * The A2A 1.0 gRPC binding: service {@code lf.a2a.v1.A2AService} on grpc-java, errors with {@code ErrorInfo}; and
 * the server and call plumbing ({@link io.agentwire.a2a.transport.grpc.A2aGrpcServer}, {@link
 * io.agentwire.a2a.transport.grpc.GrpcCalls}) that the 0.3 gRPC binding shares.
 */
package io.agentwire.a2a.transport.grpc;
