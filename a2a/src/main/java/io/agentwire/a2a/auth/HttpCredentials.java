package io.agentwire.a2a.auth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;

import io.agentwire.jsonrpc.transport.http.HttpExchange;

/** The credentials of an HTTP request (JSON-RPC and HTTP+JSON bindings). */
final class HttpCredentials implements RequestCredentials {
    private final HttpExchange exchange;

    HttpCredentials(HttpExchange exchange) {
        this.exchange = exchange;
    }

    @Override
    public String header(String name) {
        return exchange.header(name);
    }

    @Override
    public String queryParameter(String name) {
        for (String pair : exchange.query().split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    @Override
    public List<X509Certificate> clientCertificates() {
        return exchange.clientCertificates();
    }
}
