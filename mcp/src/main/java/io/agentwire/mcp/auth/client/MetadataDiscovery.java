package io.agentwire.mcp.auth.client;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Finds the protected resource metadata of an MCP server and the metadata of an authorization server, trying the
 * locations in the order the MCP specification gives, and refuses documents that do not describe what was asked
 * for (a resource that is not this server, an issuer that is not the one the URL was built from).
 */
final class MetadataDiscovery {
    static final String PRM_WELL_KNOWN = "/.well-known/oauth-protected-resource";
    static final String OAUTH_WELL_KNOWN = "/.well-known/oauth-authorization-server";
    static final String OIDC_WELL_KNOWN = "/.well-known/openid-configuration";

    private final OAuthHttp http;

    MetadataDiscovery(OAuthHttp http) {
        this.http = http;
    }

    /** Where protected resource metadata may live: the challenge's URL, then path-suffixed, then root well-known. */
    static List<URI> protectedResourceLocations(URI server, String fromChallenge) {
        Set<URI> out = new LinkedHashSet<>();
        if (fromChallenge != null) {
            try {
                out.add(server.resolve(fromChallenge));
            } catch (IllegalArgumentException e) {
                // an unusable URL in the header: fall through to the well-known locations
            }
        }
        String origin = ResourceUris.origin(server);
        String path = ResourceUris.trimmedPath(server);
        if (!path.isEmpty()) {
            out.add(URI.create(origin + PRM_WELL_KNOWN + path));
        }
        out.add(URI.create(origin + PRM_WELL_KNOWN));
        return new ArrayList<>(out);
    }

    /**
     * RFC 8414 §3.1 and OIDC discovery for an issuer: with a path, the path is inserted after the well-known prefix
     * for both kinds, then appended for OIDC; without one, the two root documents.
     */
    static List<URI> authorizationServerLocations(String issuer) {
        URI u = URI.create(issuer);
        String origin = ResourceUris.origin(u);
        String path = ResourceUris.trimmedPath(u);
        if (path.isEmpty()) {
            return List.of(URI.create(origin + OAUTH_WELL_KNOWN), URI.create(origin + OIDC_WELL_KNOWN));
        }
        return List.of(URI.create(origin + OAUTH_WELL_KNOWN + path), URI.create(origin + OIDC_WELL_KNOWN + path),
                URI.create(origin + path + OIDC_WELL_KNOWN));
    }

    /**
     * The server's protected resource metadata, or empty when no location has it (a 2025-03-26 server).
     *
     * @throws OAuthException when the document names a resource that does not cover {@code server}
     */
    Optional<ProtectedResourceMetadata> protectedResource(URI server, String fromChallenge) throws IOException {
        IOException lastFailure = null;
        for (URI location : protectedResourceLocations(server, fromChallenge)) {
            OAuthHttp.Response r;
            try {
                r = http.get(location, "application/json");
            } catch (IOException e) {
                lastFailure = e;
                continue;
            }
            Optional<JsonNode> json = r.ok() ? r.json() : Optional.empty();
            if (json.isEmpty()) {
                continue;
            }
            ProtectedResourceMetadata prm = ProtectedResourceMetadata.from(json.get());
            if (prm.resource() == null || !ResourceUris.covers(prm.resource(), server)) {
                throw OAuthException.refused("resource_mismatch", "protected resource metadata at " + location
                        + " is for resource " + prm.resource() + ", not for " + server);
            }
            if (prm.authorizationServers().isEmpty()) {
                throw OAuthException.refused("no_authorization_server",
                        "protected resource metadata at " + location + " names no authorization server");
            }
            return Optional.of(prm);
        }
        if (lastFailure != null && fromChallenge != null) {
            throw lastFailure; // the server told us where to look and we could not reach it
        }
        return Optional.empty();
    }

    /**
     * The issuer's metadata, or empty when no location serves any.
     *
     * @throws OAuthException when a document's {@code issuer} is not exactly {@code issuer} (RFC 8414 §3.3): such
     *         metadata must not be used, and trying further locations would only invite a second forgery
     */
    Optional<AuthorizationServerMetadata> authorizationServer(String issuer) throws IOException {
        for (URI location : authorizationServerLocations(issuer)) {
            OAuthHttp.Response r = http.get(location, "application/json");
            Optional<JsonNode> json = r.ok() ? r.json() : Optional.empty();
            if (json.isEmpty()) {
                continue;
            }
            AuthorizationServerMetadata as = AuthorizationServerMetadata.from(json.get());
            if (!issuer.equals(as.issuer())) {
                throw OAuthException.refused("issuer_mismatch", "authorization server metadata at " + location
                        + " declares issuer " + as.issuer() + ", expected " + issuer);
            }
            if (as.tokenEndpoint() == null) {
                throw OAuthException.refused("invalid_metadata", "authorization server metadata at " + location
                        + " has no token_endpoint");
            }
            return Optional.of(as);
        }
        return Optional.empty();
    }
}
