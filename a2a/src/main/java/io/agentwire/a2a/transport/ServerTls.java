package io.agentwire.a2a.transport;

import java.util.Objects;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;

import io.grpc.ServerCredentials;
import io.grpc.TlsServerCredentials;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;

/**
 * One TLS setup for every binding of an agent: the HTTP bindings on Netty and gRPC on grpc's shaded Netty need it in
 * their own forms, so it is kept in JDK terms and converted for each.
 *
 * @param serverKey   the agent's key and certificate chain
 * @param clientTrust the authorities whose client certificates are accepted (mutual TLS), or null for none; client
 *                    certificates stay optional at the TLS layer, so the card's schemes decide who must present one
 */
public record ServerTls(KeyManagerFactory serverKey, TrustManagerFactory clientTrust) {
    public ServerTls {
        Objects.requireNonNull(serverKey, "serverKey");
    }

    /** The server context of the HTTP bindings. */
    public SslContext httpContext() {
        try {
            SslContextBuilder builder = SslContextBuilder.forServer(serverKey);
            if (clientTrust != null) {
                builder.trustManager(clientTrust).clientAuth(ClientAuth.OPTIONAL);
            }
            return builder.build();
        } catch (SSLException e) {
            throw new IllegalStateException("Cannot set up TLS: " + e.getMessage(), e);
        }
    }

    /** The credentials of the gRPC server. */
    public ServerCredentials grpcCredentials() {
        TlsServerCredentials.Builder builder = TlsServerCredentials.newBuilder().keyManager(serverKey.getKeyManagers());
        if (clientTrust != null) {
            builder.trustManager(clientTrust.getTrustManagers()).clientAuth(TlsServerCredentials.ClientAuth.OPTIONAL);
        }
        return builder.build();
    }
}
