package io.agentwire.a2a.auth;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;

import io.agentwire.a2a.transport.grpc.GrpcCallerCertificates;
import io.grpc.Metadata;

/** The credentials of a gRPC call: its metadata (gRPC has no query string) and its TLS client certificates. */
final class GrpcCredentials implements RequestCredentials {
    private final Metadata metadata;

    GrpcCredentials(Metadata metadata) {
        this.metadata = metadata;
    }

    @Override
    public String header(String name) {
        return metadata.get(Metadata.Key.of(name.toLowerCase(Locale.ROOT), Metadata.ASCII_STRING_MARSHALLER));
    }

    @Override
    public String queryParameter(String name) {
        return null;
    }

    @Override
    public List<X509Certificate> clientCertificates() {
        return GrpcCallerCertificates.current();
    }
}
