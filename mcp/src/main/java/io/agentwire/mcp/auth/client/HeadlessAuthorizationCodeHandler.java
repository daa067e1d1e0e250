package io.agentwire.mcp.auth.client;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * An {@link AuthorizationCodeHandler} for authorization servers that approve without a user, such as test servers:
 * GETs the authorization URL with redirects disabled and returns the {@code Location} that points back at the
 * redirect URI, following at most a few intermediate redirects within the server.
 */
public final class HeadlessAuthorizationCodeHandler implements AuthorizationCodeHandler {
    static final int MAX_HOPS = 5;

    private final OAuthHttp http;

    public HeadlessAuthorizationCodeHandler() {
        this(OAuthHttp.defaultClient(Duration.ofSeconds(10)), Duration.ofSeconds(30));
    }

    public HeadlessAuthorizationCodeHandler(java.net.http.HttpClient client, Duration timeout) {
        this.http = new OAuthHttp(Objects.requireNonNull(client, "client"), timeout);
    }

    @Override
    public URI authorize(URI authorizationUrl, URI redirectUri) throws IOException {
        URI next = authorizationUrl;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            OAuthHttp.Response r = http.get(next, "text/html, application/json");
            if (r.status() < 300 || r.status() >= 400) {
                throw new OAuthException("interaction_required", "the authorization endpoint answered HTTP " + r.status()
                        + " instead of redirecting; it needs a user, so use a browser-based AuthorizationCodeHandler");
            }
            String location = r.header("Location").orElseThrow(() -> new OAuthException("invalid_redirect",
                    "the authorization endpoint redirected without a Location header"));
            URI target = next.resolve(location.trim());
            if (pointsAt(target, redirectUri)) {
                return target;
            }
            next = target;
        }
        throw new OAuthException("invalid_redirect", "the authorization endpoint did not redirect back within "
                + MAX_HOPS + " hops");
    }

    private static boolean pointsAt(URI target, URI redirectUri) {
        return Objects.equals(target.getScheme(), redirectUri.getScheme())
                && Objects.equals(target.getRawAuthority(), redirectUri.getRawAuthority())
                && Objects.equals(ResourceUris.trimmedPath(target), ResourceUris.trimmedPath(redirectUri));
    }
}
