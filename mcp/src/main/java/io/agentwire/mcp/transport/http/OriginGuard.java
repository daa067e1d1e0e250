package io.agentwire.mcp.transport.http;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * DNS-rebinding protection: a browser page on {@code evil.example} can make a victim's browser talk to a
 * server on localhost, but it cannot forge the {@code Host} and {@code Origin} headers. So a server bound to
 * loopback accepts only loopback host names in both (403 otherwise), as the MCP transport spec requires.
 */
public final class OriginGuard {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final Set<String> extraHosts;
    private final boolean enabled;

    private OriginGuard(Set<String> extraHosts, boolean enabled) {
        this.extraHosts = extraHosts;
        this.enabled = enabled;
    }

    /** Loopback names only, plus the given host names (lower case, without port). */
    public static OriginGuard loopbackAnd(Set<String> extraHosts) {
        return new OriginGuard(Set.copyOf(extraHosts), true);
    }

    /** No checks: for servers deliberately exposed behind a proxy that validates origins itself. */
    public static OriginGuard disabled() {
        return new OriginGuard(Set.of(), false);
    }

    public boolean allows(String host, String origin) {
        if (!enabled) {
            return true;
        }
        if (host != null && !allowedName(stripPort(host))) {
            return false;
        }
        if (origin == null || origin.isEmpty()) {
            return true; // non-browser clients send no Origin
        }
        if ("null".equals(origin)) {
            return false;
        }
        try {
            String originHost = URI.create(origin).getHost();
            return originHost != null && allowedName(originHost);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private boolean allowedName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return LOOPBACK.contains(lower) || extraHosts.contains(lower);
    }

    static String stripPort(String host) {
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(0, end + 1);
        }
        int colon = host.lastIndexOf(':');
        return colon < 0 || host.indexOf(':') != colon ? host : host.substring(0, colon);
    }
}
