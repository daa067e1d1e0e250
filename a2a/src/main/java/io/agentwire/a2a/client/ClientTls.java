package io.agentwire.a2a.client;

import java.security.GeneralSecurityException;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import io.grpc.ChannelCredentials;
import io.grpc.TlsChannelCredentials;

/**
 * The client's TLS settings in JDK terms, converted for the JDK HTTP client and for gRPC.
 *
 * @param clientKey the certificate to present for mutual TLS, or null
 * @param trust     the authorities the agent's certificate must chain to, or null for the JDK's defaults
 */
record ClientTls(KeyManagerFactory clientKey, TrustManagerFactory trust) {
    static final ClientTls DEFAULT = new ClientTls(null, null);

    SSLContext sslContext() {
        try {
            if (clientKey == null && trust == null) {
                return SSLContext.getDefault();
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(clientKey == null ? null : clientKey.getKeyManagers(),
                    trust == null ? null : trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot set up TLS: " + e.getMessage(), e);
        }
    }

    ChannelCredentials grpcCredentials() {
        TlsChannelCredentials.Builder builder = TlsChannelCredentials.newBuilder();
        if (clientKey != null) {
            builder.keyManager(clientKey.getKeyManagers());
        }
        if (trust != null) {
            builder.trustManager(trust.getTrustManagers());
        }
        return builder.build();
    }
}
