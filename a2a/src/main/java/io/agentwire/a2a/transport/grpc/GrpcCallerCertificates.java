package io.agentwire.a2a.transport.grpc;

import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

/** The client certificates of the gRPC call being served, for mutual TLS schemes. */
public final class GrpcCallerCertificates {
    private GrpcCallerCertificates() {
    }

    /** The verified chain of the current call's client, leaf first; empty without TLS or without a certificate. */
    public static List<X509Certificate> current() {
        SSLSession session = GrpcServiceParameters.TLS_SESSION.get();
        if (session == null) {
            return List.of();
        }
        try {
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate certificate : session.getPeerCertificates()) {
                chain.add((X509Certificate) certificate);
            }
            return List.copyOf(chain);
        } catch (SSLPeerUnverifiedException e) {
            return List.of();
        }
    }
}
