package io.agentwire.mcp.auth;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * How an MCP client's HTTP transport obtains and presents credentials, independent of the grant behind them
 * (authorization code with PKCE, client credentials, token exchange, ...). The transport asks for headers before
 * each request and reports challenges; the authorizer does discovery, registration and token requests itself.
 * Implementations must be thread-safe and must never log tokens.
 */
public interface ClientAuthorizer {
    /**
     * Headers to add to one request, typically {@code Authorization} (and {@code DPoP} when the token is
     * sender-constrained, which is why the HTTP method and URL are given). Empty when no credentials are held yet.
     */
    Map<String, String> headers(String httpMethod, URI url) throws IOException;

    /**
     * The server refused a request with 401 or 403. The authorizer reads the challenge
     * ({@code WWW-Authenticate}, {@code DPoP-Nonce}), obtains new credentials if it can, and says whether the
     * transport should send the request again. It must bound its own retries (a server that keeps refusing must
     * not cause a loop).
     *
     * @param responseHeaders response headers, names in lower case
     */
    boolean challenged(int status, Map<String, List<String>> responseHeaders, String httpMethod, URI url) throws IOException;

    /** No authorization at all. */
    ClientAuthorizer NONE = new ClientAuthorizer() {
        @Override
        public Map<String, String> headers(String httpMethod, URI url) {
            return Map.of();
        }

        @Override
        public boolean challenged(int status, Map<String, List<String>> responseHeaders, String httpMethod, URI url) {
            return false;
        }
    };
}
