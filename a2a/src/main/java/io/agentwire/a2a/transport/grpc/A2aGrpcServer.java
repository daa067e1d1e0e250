package io.agentwire.a2a.transport.grpc;

import io.grpc.BindableService;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.ServerCredentials;
import io.grpc.ServerInterceptors;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/** A grpc-java server (on grpc's own shaded Netty; plaintext or TLS) carrying the A2A gRPC binding. */
public final class A2aGrpcServer implements AutoCloseable {
    /** Largest request accepted, as for the HTTP bindings. */
    public static final int MAX_INBOUND_BYTES = 4 * 1024 * 1024;

    private final Server server;

    private A2aGrpcServer(Server server) {
        this.server = server;
    }

    public static A2aGrpcServer start(String host, int port, BindableService binding) {
        return start(host, port, binding, InsecureServerCredentials.create());
    }

    /** With {@code credentials} from {@code TlsServerCredentials}, the binding is served over TLS. */
    public static A2aGrpcServer start(String host, int port, BindableService binding, ServerCredentials credentials) {
        Server server = NettyServerBuilder.forAddress(new InetSocketAddress(host, port), credentials)
                .addService(ServerInterceptors.intercept(binding, GrpcBinding.serviceParameters()))
                .maxInboundMessageSize(MAX_INBOUND_BYTES)
                .build();
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the gRPC server on " + host + ":" + port, e);
        }
        return new A2aGrpcServer(server);
    }

    public int port() {
        return server.getPort();
    }

    /** Stops taking calls, gives running ones five seconds, then cuts them off. */
    @Override
    public void close() {
        server.shutdown();
        try {
            if (!server.awaitTermination(5, TimeUnit.SECONDS)) {
                server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.shutdownNow();
        }
    }
}
