package io.agentwire.a2a.transport.grpc;

import javax.net.ssl.SSLSession;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Grpc;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;

/**
 * Carries the A2A service parameters of a gRPC call, which travel as lower-case metadata ({@code a2a-version},
 * {@code a2a-extensions}), and the call's TLS session, into the gRPC {@link Context} where {@link GrpcBinding} and
 * {@link GrpcCallerCertificates} read them.
 */
final class GrpcServiceParameters implements ServerInterceptor {
    static final Metadata.Key<String> VERSION = Metadata.Key.of("a2a-version", Metadata.ASCII_STRING_MARSHALLER);
    static final Metadata.Key<String> EXTENSIONS = Metadata.Key.of("a2a-extensions", Metadata.ASCII_STRING_MARSHALLER);
    static final Context.Key<Metadata> HEADERS = Context.key("a2a-headers");
    static final Context.Key<SSLSession> TLS_SESSION = Context.key("a2a-tls-session");

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        Context context = Context.current().withValue(HEADERS, headers)
                .withValue(TLS_SESSION, call.getAttributes().get(Grpc.TRANSPORT_ATTR_SSL_SESSION));
        return Contexts.interceptCall(context, call, headers, next);
    }
}
