package io.agentwire.a2a.push;

/**
 * What an IP address is, as far as the webhook SSRF guard cares. Everything but {@link #PUBLIC} is refused unless
 * a {@link WebhookUrlPolicy} flag says otherwise; {@link #LINK_LOCAL}, {@link #MULTICAST}, {@link #UNSPECIFIED}
 * and {@link #RESERVED} are refused whatever the flags.
 */
public enum AddressClass {
    PUBLIC("a public address"),
    LOOPBACK("a loopback address (127.0.0.0/8, ::1)"),
    PRIVATE("a private-network address (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, fc00::/7, fec0::/10)"),
    SHARED("a carrier-grade NAT address (100.64.0.0/10)"),
    LINK_LOCAL("a link-local address (169.254.0.0/16, fe80::/10), where cloud metadata services live"),
    MULTICAST("a multicast address (224.0.0.0/4, ff00::/8)"),
    UNSPECIFIED("an unspecified address (0.0.0.0/8, ::)"),
    RESERVED("a reserved or special-purpose address (192.0.0.0/24, 198.18.0.0/15, 240.0.0.0/4)");

    private final String description;

    AddressClass(String description) {
        this.description = description;
    }

    /** Human-readable, with the ranges, for error messages. */
    public String description() {
        return description;
    }
}
