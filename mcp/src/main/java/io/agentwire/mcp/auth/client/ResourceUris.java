package io.agentwire.mcp.auth.client;

import java.net.URI;
import java.util.Locale;

/** URI arithmetic for resource indicators and well-known locations. */
final class ResourceUris {
    private ResourceUris() {
    }

    /** {@code scheme://authority}, exactly as given (no case folding: it may become an issuer compared verbatim). */
    static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** The path without a trailing slash; "" for none or "/". */
    static String trimmedPath(URI uri) {
        String path = uri.getRawPath();
        if (path == null) {
            return "";
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }

    /**
     * The canonical URI of an MCP server (used as {@code resource} when no protected resource metadata names one):
     * lower-case scheme and host, no query or fragment, no lone trailing slash.
     */
    static String canonical(URI server) {
        String host = server.getHost() == null ? server.getRawAuthority() : server.getHost().toLowerCase(Locale.ROOT);
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        String port = server.getPort() >= 0 ? ":" + server.getPort() : "";
        return server.getScheme().toLowerCase(Locale.ROOT) + "://" + host + port + trimmedPath(server);
    }

    /** The URL without query and fragment, as DPoP's {@code htu} wants it. */
    static String withoutQuery(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getScheme() + "://" + uri.getRawAuthority() + path;
    }

    /**
     * Whether a protected resource identifier covers the server URL the client is talking to: same scheme, host and
     * port, and the server's path is the identifier's path or below it (a root identifier covers every path).
     */
    static boolean covers(String resource, URI server) {
        URI r;
        try {
            r = URI.create(resource);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (r.getScheme() == null || r.getHost() == null || r.getRawFragment() != null) {
            return false;
        }
        if (!r.getScheme().equalsIgnoreCase(server.getScheme()) || !r.getHost().equalsIgnoreCase(server.getHost())
                || effectivePort(r) != effectivePort(server)) {
            return false;
        }
        String rp = trimmedPath(r);
        String sp = trimmedPath(server);
        return rp.isEmpty() || sp.equals(rp) || sp.startsWith(rp + "/");
    }

    /** Whether {@code url} is on the resource's scheme, host and port. */
    static boolean sameOrigin(String resource, URI url) {
        try {
            URI r = URI.create(resource);
            return r.getScheme() != null && r.getHost() != null && url.getHost() != null
                    && r.getScheme().equalsIgnoreCase(url.getScheme()) && r.getHost().equalsIgnoreCase(url.getHost())
                    && effectivePort(r) == effectivePort(url);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int effectivePort(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
