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

/** A grpc-java server (on grpc's own shaded Netty; plaintext or TLS) carrying the A2A gRPC bindings. */
public final class A2aGrpcServer implements AutoCloseable {
    /** Largest request accepted, as for the HTTP bindings. */
    public static final int MAX_INBOUND_BYTES = 4 * 1024 * 1024;

    private final Server server;

    private A2aGrpcServer(Server server) {
        this.server = server;
    }

    public static A2aGrpcServer start(String host, int port, BindableService... bindings) {
        return start(host, port, InsecureServerCredentials.create(), bindings);
    }

    /**
     * With {@code credentials} from {@code TlsServerCredentials}, the bindings are served over TLS. Several bindings
     * share the port when their services have different full names (1.0's {@code lf.a2a.v1.A2AService} and 0.3's
     * {@code a2a.v1.A2AService}).
     */
    public static A2aGrpcServer start(String host, int port, ServerCredentials credentials, BindableService... bindings) {
        NettyServerBuilder builder = NettyServerBuilder.forAddress(new InetSocketAddress(host, port), credentials)
                .maxInboundMessageSize(MAX_INBOUND_BYTES);
        for (BindableService binding : bindings) {
            builder.addService(ServerInterceptors.intercept(binding, GrpcBinding.serviceParameters()));
        }
        Server server = builder.build();
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
