package io.agentwire.mcp.auth.client;

import java.io.IOException;

/**
 * The client credentials grant (OAuth 2.1 §4.2, the MCP OAuth client credentials extension): the client authenticates
 * as itself, with a secret or a {@code private_key_jwt} assertion, and no user is involved.
 */
final class ClientCredentialsGrant implements Grant {
    @Override
    public Tokens obtain(Request request) throws IOException {
        return request.send(request.baseParams("client_credentials"));
    }
}
