package io.agentwire.jsonrpc.transport.http.client;

import java.net.URI;
import java.util.Locale;

/** Identifies a connection pool: plain HTTP to one host and port. */
record HostKey(String host, int port) {
    static HostKey of(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http")) {
            throw new IllegalArgumentException("Only http:// URIs are supported, got: " + uri);
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("URI has no host: " + uri);
        }
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1); // IPv6 literal: brackets belong to the URI syntax only
        }
        return new HostKey(host, uri.getPort() < 0 ? 80 : uri.getPort());
    }

    String hostHeader() {
        String name = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return port == 80 ? name : name + ":" + port;
    }
}
