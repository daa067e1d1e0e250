package io.agentwire.a2a.transport;

import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.server.CallContext;
import io.agentwire.jsonrpc.transport.http.HttpExchange;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The A2A service parameters of an HTTP request (specification section 3.2.6): {@code A2A-Version}, as a header or
 * a query parameter, where absent or empty means 0.3; and {@code A2A-Extensions}, a comma-separated URI list. The
 * {@code X-A2A-*} spellings of older SDKs are read too, after the standard ones.
 */
public final class ServiceParameters {
    public static final String VERSION = "A2A-Version";
    public static final String EXTENSIONS = "A2A-Extensions";
    /** The version an empty or absent {@code A2A-Version} stands for. */
    public static final String LEGACY_VERSION = "0.3";

    private ServiceParameters() {
    }

    /** The requested version as {@code Major.Minor}; patch numbers are ignored, as negotiation requires. */
    public static String version(HttpExchange exchange) {
        String value = exchange.header(VERSION);
        if (value == null) {
            value = queryParameter(exchange.query(), VERSION);
        }
        if (value == null) {
            value = exchange.header("X-" + VERSION);
        }
        return majorMinor(value);
    }

    /** {@code Major.Minor} of a version value; absent or empty means 0.3. */
    public static String majorMinor(String value) {
        if (value == null || value.isBlank()) {
            return LEGACY_VERSION;
        }
        // runs on every request: indexOf, and no allocation for the usual "1.0"
        String version = value.trim();
        int first = version.indexOf('.');
        if (first < 0) {
            return version + ".0";
        }
        if (first == version.length() - 1) {
            return version.substring(0, first) + ".0";
        }
        int second = version.indexOf('.', first + 1);
        return second < 0 ? version : version.substring(0, second);
    }

    public static List<String> extensions(HttpExchange exchange) {
        List<String> values = new ArrayList<>(exchange.headers(EXTENSIONS));
        values.addAll(exchange.headers("X-" + EXTENSIONS));
        return splitExtensions(values);
    }

    /** The URIs of comma-separated {@code A2A-Extensions} values. */
    public static List<String> splitExtensions(List<String> values) {
        List<String> uris = new ArrayList<>();
        for (String value : values) {
            for (String uri : value.split(",")) {
                if (!uri.isBlank()) {
                    uris.add(uri.trim());
                }
            }
        }
        return uris;
    }

    /**
     * The call context of a request to an interface that speaks {@code supportedVersion}; any other version is
     * refused with {@code VersionNotSupportedError}.
     */
    public static CallContext callContext(HttpExchange exchange, String supportedVersion, String caller, String tenant) {
        return callContext(version(exchange), extensions(exchange), supportedVersion, caller, tenant);
    }

    /** The same for a binding that found the parameters elsewhere (gRPC metadata); {@code version} is already Major.Minor. */
    public static CallContext callContext(String version, List<String> extensions, String supportedVersion, String caller,
                                          String tenant) {
        if (!version.equals(supportedVersion)) {
            throw new A2aException(A2aError.VERSION_NOT_SUPPORTED, "A2A version " + version + " is not supported here;"
                    + " this interface speaks " + supportedVersion + " (send A2A-Version: " + supportedVersion + ")");
        }
        return new CallContext(version, extensions, caller, tenant);
    }

    /** The decoded value of a query parameter (names compared ignoring case), or {@code null}. */
    public static String queryParameter(String query, String name) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equalsIgnoreCase(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
