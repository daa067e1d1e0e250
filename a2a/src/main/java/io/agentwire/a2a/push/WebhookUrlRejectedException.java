package io.agentwire.a2a.push;

/**
 * A webhook URL that {@link WebhookUrlPolicy} refused. The message names the rule and never contains the URL's path
 * or query, which for many webhook providers embed a secret.
 */
public final class WebhookUrlRejectedException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Which rule refused the URL. */
    public enum Reason {
        /** Not an absolute URL with a host, or it carries userinfo. */
        MALFORMED_URL,
        /** Not https (or http when the policy allows it). */
        SCHEME_NOT_ALLOWED,
        /** The policy has a host allow-list and the host is not on it. */
        HOST_NOT_ALLOWED,
        /** The host did not resolve. */
        UNRESOLVABLE_HOST,
        /** The host resolves to at least one address of a refused {@link AddressClass}. */
        ADDRESS_NOT_ALLOWED
    }

    private final Reason reason;
    private final AddressClass addressClass;

    WebhookUrlRejectedException(Reason reason, String message) {
        this(reason, null, message);
    }

    WebhookUrlRejectedException(Reason reason, AddressClass addressClass, String message) {
        super(message);
        this.reason = reason;
        this.addressClass = addressClass;
    }

    public Reason reason() {
        return reason;
    }

    /** The class of the refused address for {@link Reason#ADDRESS_NOT_ALLOWED}, otherwise {@code null}. */
    public AddressClass addressClass() {
        return addressClass;
    }
}
