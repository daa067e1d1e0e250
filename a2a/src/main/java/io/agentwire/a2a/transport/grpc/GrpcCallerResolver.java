package io.agentwire.a2a.transport.grpc;

import io.grpc.Metadata;

/**
 * Authenticates a gRPC call from its metadata: the caller's name, empty for an anonymous caller, or an
 * {@link io.agentwire.a2a.error.A2aException} ({@code UNAUTHENTICATED}, {@code PERMISSION_DENIED}).
 */
@FunctionalInterface
public interface GrpcCallerResolver {
    GrpcCallerResolver ANONYMOUS = metadata -> "";

    String caller(Metadata metadata);
}
