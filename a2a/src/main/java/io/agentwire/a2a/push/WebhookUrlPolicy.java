package io.agentwire.a2a.push;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import io.agentwire.a2a.push.WebhookUrlRejectedException.Reason;

/**
 * The SSRF guard for push notification webhooks (A2A 1.0.1 §13.2): a client chooses the URL the agent will POST to,
 * so without a guard any client could make the agent call its internal network or a cloud metadata service.
 *
 * <p>{@link #check(String)} accepts an absolute {@code https} URL (or {@code http} with {@link Builder#allowHttp})
 * without userinfo, whose host is on the allow-list if there is one, and whose host resolves only to public
 * addresses. <em>Every</em> resolved address is checked, because the HTTP client may connect to any of them.
 * Loopback and private networks (including carrier-grade NAT) can be allowed explicitly, for tests and for agents
 * that deliberately notify services inside their own network. Link-local (where cloud metadata services live),
 * multicast, unspecified and reserved addresses are always refused. The allow-list narrows, it does not widen: an
 * allow-listed host that resolves to a private address is still refused unless private networks are allowed.
 *
 * <p>Call it when a push config is created (so the client gets the error) and again before every delivery
 * attempt, because DNS answers change. The check resolves the host itself, then the HTTP client resolves it again
 * when it connects; the JVM's DNS cache (30 s by default) normally answers both the same way, but a deployment
 * that must rule out DNS rebinding completely should also send webhooks through an egress proxy that enforces the
 * same rules.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class WebhookUrlPolicy {
    /** Resolves a host name to all its addresses; a seam so tests can give names answers without DNS. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowHttp;
    private final boolean allowLoopback;
    private final boolean allowPrivateNetworks;
    private final Set<String> allowedHosts;
    private final Resolver resolver;

    private WebhookUrlPolicy(Builder b) {
        this.allowHttp = b.allowHttp;
        this.allowLoopback = b.allowLoopback;
        this.allowPrivateNetworks = b.allowPrivateNetworks;
        this.allowedHosts = Set.copyOf(b.allowedHosts);
        this.resolver = b.resolver;
    }

    /** https only, public addresses only, any host. */
    public static WebhookUrlPolicy strict() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks {@code url} and returns it parsed.
     *
     * @throws WebhookUrlRejectedException naming the rule that refused it
     */
    public URI check(String url) {
        URI uri = parse(url);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            throw new WebhookUrlRejectedException(Reason.SCHEME_NOT_ALLOWED, "webhook URL refused: scheme '" + scheme
                    + "' is not allowed; use https" + (allowHttp ? " or http" : ""));
        }
        String host = normalizeHost(uri.getHost());
        if (!allowedHosts.isEmpty() && !isAllowListed(host)) {
            throw new WebhookUrlRejectedException(Reason.HOST_NOT_ALLOWED,
                    "webhook URL refused: host '" + host + "' is not on the webhook host allow-list");
        }
        for (InetAddress address : resolve(host)) {
            AddressClass cls = AddressRules.classify(address);
            if (!permits(cls)) {
                throw new WebhookUrlRejectedException(Reason.ADDRESS_NOT_ALLOWED, cls, "webhook URL refused: host '"
                        + host + "' resolves to " + address.getHostAddress() + ", " + cls.description() + hint(cls));
            }
        }
        return uri;
    }

    private static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw new WebhookUrlRejectedException(Reason.MALFORMED_URL, "webhook URL refused: it is empty");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            // The reason, not the input: the URL may carry a secret.
            throw new WebhookUrlRejectedException(Reason.MALFORMED_URL,
                    "webhook URL refused: not a valid URI (" + e.getReason() + ")");
        }
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null) {
            throw new WebhookUrlRejectedException(Reason.MALFORMED_URL,
                    "webhook URL refused: it must be an absolute http(s) URL with a valid host name");
        }
        if (uri.getRawUserInfo() != null) {
            throw new WebhookUrlRejectedException(Reason.MALFORMED_URL, "webhook URL refused: userinfo is not allowed;"
                    + " put credentials in the config's authentication instead");
        }
        return uri;
    }

    private static String normalizeHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    private boolean isAllowListed(String host) {
        for (String allowed : allowedHosts) {
            if (allowed.startsWith("*.") ? host.endsWith(allowed.substring(1)) : host.equals(allowed)) {
                return true;
            }
        }
        return false;
    }

    private InetAddress[] resolve(String host) {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            addresses = null;
        }
        if (addresses == null || addresses.length == 0) {
            throw new WebhookUrlRejectedException(Reason.UNRESOLVABLE_HOST,
                    "webhook URL refused: host '" + host + "' does not resolve");
        }
        return addresses;
    }

    private boolean permits(AddressClass cls) {
        switch (cls) {
            case PUBLIC:
                return true;
            case LOOPBACK:
                return allowLoopback;
            case PRIVATE:
            case SHARED:
                return allowPrivateNetworks;
            default:
                return false;
        }
    }

    private static String hint(AddressClass cls) {
        switch (cls) {
            case LOOPBACK:
                return "; enable allowLoopback to permit it";
            case PRIVATE:
            case SHARED:
                return "; enable allowPrivateNetworks to permit it";
            default:
                return "; this is never allowed";
        }
    }

    public boolean allowsHttp() {
        return allowHttp;
    }

    public boolean allowsLoopback() {
        return allowLoopback;
    }

    public boolean allowsPrivateNetworks() {
        return allowPrivateNetworks;
    }

    public Set<String> allowedHosts() {
        return allowedHosts;
    }

    /** Builds a {@link WebhookUrlPolicy}; every flag starts off. */
    public static final class Builder {
        private boolean allowHttp;
        private boolean allowLoopback;
        private boolean allowPrivateNetworks;
        private final Set<String> allowedHosts = new LinkedHashSet<>();
        private Resolver resolver = InetAddress::getAllByName;

        private Builder() {
        }

        /** Also accept plain {@code http}; the payload and credentials then cross the network unencrypted. */
        public Builder allowHttp(boolean allow) {
            this.allowHttp = allow;
            return this;
        }

        /** Accept loopback addresses: for tests and same-host receivers only. */
        public Builder allowLoopback(boolean allow) {
            this.allowLoopback = allow;
            return this;
        }

        /** Accept private (RFC 1918, fc00::/7) and carrier-grade NAT addresses. */
        public Builder allowPrivateNetworks(boolean allow) {
            this.allowPrivateNetworks = allow;
            return this;
        }

        /**
         * Restricts webhooks to these hosts: exact names or IP literals, or {@code *.example.com} for any subdomain
         * of example.com (not example.com itself). Case-insensitive. Adds to the hosts given before.
         */
        public Builder allowedHosts(Collection<String> hosts) {
            for (String host : hosts) {
                String h = Objects.requireNonNull(host, "host").trim();
                if (h.isEmpty() || h.equals("*.")) {
                    throw new IllegalArgumentException("empty host in the webhook allow-list");
                }
                allowedHosts.add(normalizeHost(h));
            }
            return this;
        }

        Builder resolver(Resolver resolver) {
            this.resolver = Objects.requireNonNull(resolver, "resolver");
            return this;
        }

        public WebhookUrlPolicy build() {
            return new WebhookUrlPolicy(this);
        }
    }
}
