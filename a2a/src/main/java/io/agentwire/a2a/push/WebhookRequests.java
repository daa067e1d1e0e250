package io.agentwire.a2a.push;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;

import io.agentwire.a2a.compat.V03Webhooks;
import io.agentwire.a2a.model.AuthenticationInfo;
import io.agentwire.a2a.model.TaskPushNotificationConfig;

/**
 * Builds the HTTP request for one delivery attempt (A2A 1.0.1 §4.3.3), after the URL policy has passed the URL.
 *
 * <p>Headers:
 * <ul>
 *   <li>{@code Content-Type: application/a2a+json} ({@code application/json} with the 0.3 body sent to webhooks
 *       registered by 0.3 clients, see {@link V03Webhooks});</li>
 *   <li>{@code Authorization: <scheme> <credentials>} when the config has an authentication scheme;</li>
 *   <li>{@code X-A2A-Notification-Token: <token>} when the config has a token. A2A 1.0.1 removed this header from
 *       its examples as not defined by the spec (A2A #1594, #1793), but the official SDKs (a2a-java, the a2a-js
 *       samples) still send it, so receivers written against them expect it there;</li>
 *   <li>with a {@link PushJwtSigner}, the JWT: as {@code Authorization: Bearer <jwt>} when the config has no
 *       authentication of its own (where the A2A guide's receivers look for it), otherwise in
 *       {@code X-A2A-Push-JWT}, because the client's own credentials must keep the {@code Authorization}
 *       header (the spec requires sending them) and HTTP allows only one.</li>
 * </ul>
 */
final class WebhookRequests {
    static final String CONTENT_TYPE = "application/a2a+json";
    /** For webhooks registered by 0.3 clients, which get 0.3 bodies. */
    static final String V03_CONTENT_TYPE = "application/json";
    static final String TOKEN_HEADER = "X-A2A-Notification-Token";
    static final String JWT_HEADER = "X-A2A-Push-JWT";

    private final WebhookUrlPolicy policy;
    private final Duration timeout;
    private final PushJwtSigner signer;

    WebhookRequests(WebhookUrlPolicy policy, Duration timeout, PushJwtSigner signer) {
        this.policy = policy;
        this.timeout = timeout;
        this.signer = signer;
    }

    /**
     * Checks the config as the server should when it is created: the URL policy (DNS included) and header values
     * the HTTP client would refuse later.
     */
    void validate(TaskPushNotificationConfig config) {
        policy.check(config.getUrl());
        AuthenticationInfo auth = config.getAuthentication();
        if (auth.getScheme().isBlank() && !auth.getCredentials().isEmpty()) {
            throw new InvalidPushConfigException(
                    "push config authentication has credentials but no scheme (e.g. Bearer)");
        }
        requireHeaderSafe(config);
    }

    /** Builds the request; runs the URL policy first, so a refused URL never reaches the HTTP client. */
    HttpRequest build(TaskPushNotificationConfig config, byte[] body, String taskId) {
        URI uri = policy.check(config.getUrl());
        requireHeaderSafe(config);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", V03Webhooks.marked(config) ? V03_CONTENT_TYPE : CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        boolean ownAuthorization = hasAuthentication(config);
        if (ownAuthorization) {
            AuthenticationInfo auth = config.getAuthentication();
            request.header("Authorization", auth.getCredentials().isEmpty() ? auth.getScheme()
                    : auth.getScheme() + " " + auth.getCredentials());
        }
        if (!config.getToken().isEmpty()) {
            request.header(TOKEN_HEADER, config.getToken());
        }
        if (signer != null) {
            String jwt = signer.sign(config.getUrl(), taskId, body);
            if (ownAuthorization) {
                request.header(JWT_HEADER, jwt);
            } else {
                request.header("Authorization", "Bearer " + jwt);
            }
        }
        return request.build();
    }

    private static boolean hasAuthentication(TaskPushNotificationConfig config) {
        return config.hasAuthentication() && !config.getAuthentication().getScheme().isBlank();
    }

    private static void requireHeaderSafe(TaskPushNotificationConfig config) {
        requireHeaderSafe(config.getAuthentication().getScheme(), "authentication.scheme");
        requireHeaderSafe(config.getAuthentication().getCredentials(), "authentication.credentials");
        requireHeaderSafe(config.getToken(), "token");
    }

    /**
     * The JDK puts a refused header value into its exception message, which would leak a credential into logs, so
     * values are checked here first and the message names only the field.
     */
    private static void requireHeaderSafe(String value, String field) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\t' && (c < 0x20 || c > 0x7e)) {
                throw new InvalidPushConfigException("push config " + field
                        + " contains a character not allowed in an HTTP header (control or non-ASCII)");
            }
        }
    }
}
