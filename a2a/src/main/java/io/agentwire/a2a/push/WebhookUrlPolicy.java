package io.agentwire.a2a.push;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * Which webhook URLs an agent may call (the SSRF guard of specification section 13.2): {@code https} only, and no
 * address that reaches inside the agent's own network (loopback, private, link-local, unique-local, carrier-grade
 * NAT, multicast, unspecified, and the IPv4-mapped forms of these). Every address the host resolves to must pass,
 * so one public record cannot smuggle in a private one. Tests and private deployments open it with explicit flags.
 */
public final class WebhookUrlPolicy {
    private final boolean allowHttp;
    private final boolean allowLoopback;
    private final boolean allowPrivate;
    private final Set<String> allowedHosts;

    private WebhookUrlPolicy(boolean allowHttp, boolean allowLoopback, boolean allowPrivate, Set<String> allowedHosts) {
        this.allowHttp = allowHttp;
        this.allowLoopback = allowLoopback;
        this.allowPrivate = allowPrivate;
        this.allowedHosts = Set.copyOf(allowedHosts);
    }

    /** Public {@code https} endpoints only. */
    public static WebhookUrlPolicy strict() {
        return new WebhookUrlPolicy(false, false, false, Set.of());
    }

    /** For tests and local development: {@code http} and loopback addresses allowed, private networks still refused. */
    public static WebhookUrlPolicy allowingLoopback() {
        return new WebhookUrlPolicy(true, true, false, Set.of());
    }

    /** This policy, with private networks (RFC 1918, unique-local) allowed, e.g. inside one trusted cluster. */
    public WebhookUrlPolicy allowingPrivateNetworks() {
        return new WebhookUrlPolicy(allowHttp, allowLoopback, true, allowedHosts);
    }

    /** This policy, restricted to the given host names (case-insensitive); empty means any host. */
    public WebhookUrlPolicy onlyHosts(Set<String> hosts) {
        Set<String> lower = new java.util.HashSet<>();
        hosts.forEach(h -> lower.add(h.toLowerCase(Locale.ROOT)));
        return new WebhookUrlPolicy(allowHttp, allowLoopback, allowPrivate, lower);
    }

    /** Throws {@link IllegalArgumentException} saying which rule refuses {@code url}. */
    public void check(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a valid URL: " + url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            throw new IllegalArgumentException("only https webhooks are allowed, not '" + scheme + "'");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("the webhook URL has no host: " + url);
        }
        if (uri.getUserInfo() != null) {
            throw new IllegalArgumentException("credentials in the webhook URL are not allowed");
        }
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (!allowedHosts.isEmpty() && !allowedHosts.contains(bare.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("host " + bare + " is not on the webhook allow-list");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("cannot resolve webhook host " + bare);
        }
        for (InetAddress address : addresses) {
            String refusal = refusal(address);
            if (refusal != null) {
                throw new IllegalArgumentException("webhook host " + bare + " resolves to " + address.getHostAddress()
                        + ", " + refusal);
            }
        }
    }

    /** Why {@code address} is refused, or {@code null}. */
    private String refusal(InetAddress address) {
        InetAddress effective = unmapped(address);
        if (effective.isAnyLocalAddress()) {
            return "the unspecified address";
        }
        if (effective.isMulticastAddress()) {
            return "a multicast address";
        }
        if (effective.isLoopbackAddress()) {
            return allowLoopback ? null : "a loopback address";
        }
        if (effective.isLinkLocalAddress()) {
            return "a link-local address (cloud metadata services live there)";
        }
        if (isPrivate(effective)) {
            return allowPrivate ? null : "a private-network address";
        }
        return null;
    }

    private static boolean isPrivate(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 10 || (first == 172 && second >= 16 && second <= 31) || (first == 192 && second == 168)
                    || (first == 100 && second >= 64 && second <= 127); // carrier-grade NAT
        }
        return (b[0] & 0xfe) == 0xfc; // IPv6 unique-local fc00::/7
    }

    /** {@code ::ffff:a.b.c.d} is judged as the IPv4 address it carries. */
    private static InetAddress unmapped(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] b = address.getAddress();
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
                } catch (UnknownHostException impossible) {
                    return address;
                }
            }
        }
        return address;
    }
}
