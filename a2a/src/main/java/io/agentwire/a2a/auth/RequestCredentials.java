package io.agentwire.a2a.auth;

import java.security.cert.X509Certificate;
import java.util.List;

/** What a request presents to prove who sends it, whatever the binding (HTTP headers, gRPC metadata, TLS). */
public interface RequestCredentials {
    /** First value of a header or metadata key (case-insensitive), or null. */
    String header(String name);

    /** A query parameter, or null (gRPC calls have none). */
    String queryParameter(String name);

    /** A cookie from the {@code Cookie} header, or null. */
    default String cookie(String name) {
        String cookies = header("Cookie");
        if (cookies == null) {
            return null;
        }
        for (String pair : cookies.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).trim().equals(name)) {
                return pair.substring(eq + 1).trim();
            }
        }
        return null;
    }

    /** The client's verified TLS certificate chain, leaf first; empty without mutual TLS. */
    List<X509Certificate> clientCertificates();
}
