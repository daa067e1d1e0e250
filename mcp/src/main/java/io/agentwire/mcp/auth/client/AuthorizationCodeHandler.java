package io.agentwire.mcp.auth.client;

import java.io.IOException;
import java.net.URI;

/**
 * The user-agent step of the authorization code grant: sends the user (or a headless stand-in) to the authorization
 * URL and hands back where the authorization server redirected to. A browser-based implementation would open the URL
 * and listen on the loopback redirect URI; {@link HeadlessAuthorizationCodeHandler} just follows the redirect.
 */
@FunctionalInterface
public interface AuthorizationCodeHandler {
    /**
     * @param authorizationUrl the complete authorization request URL
     * @param redirectUri the redirect URI the request names
     * @return the URI the authorization server redirected to, carrying {@code code}, {@code state} and maybe
     *         {@code iss} (or {@code error}) in its query
     */
    URI authorize(URI authorizationUrl, URI redirectUri) throws IOException;
}
