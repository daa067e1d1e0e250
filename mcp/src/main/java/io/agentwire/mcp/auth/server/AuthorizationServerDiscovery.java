package io.agentwire.mcp.auth.server;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.RemoteKeySourceException;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jose.util.ResourceRetriever;

/**
 * Finds an issuer's {@code jwks_uri} in its metadata: RFC 8414 {@code oauth-authorization-server} first, then OpenID
 * Connect discovery, in the well-known variants MCP lists for issuers with and without a path. The document's
 * {@code issuer} must equal the configured issuer exactly, so metadata served for another issuer is never trusted.
 */
final class AuthorizationServerDiscovery {
    private final ResourceRetriever retriever;

    AuthorizationServerDiscovery(ResourceRetriever retriever) {
        this.retriever = retriever;
    }

    /** The metadata URLs to try for {@code issuer}, in order. */
    static List<URI> metadataUrls(URI issuer) {
        String origin = issuer.getScheme() + "://" + issuer.getRawAuthority();
        String path = issuer.getRawPath() == null ? "" : issuer.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        List<URI> urls = new ArrayList<>();
        urls.add(URI.create(origin + "/.well-known/oauth-authorization-server" + path));
        urls.add(URI.create(origin + "/.well-known/openid-configuration" + path));
        if (!path.isEmpty()) {
            urls.add(URI.create(origin + path + "/.well-known/openid-configuration"));
        }
        return urls;
    }

    /** The issuer's key set location; throws when no metadata document can be fetched or the one found is unusable. */
    URI jwksUri(URI issuer) throws KeySourceException {
        List<String> failures = new ArrayList<>();
        for (URI url : metadataUrls(issuer)) {
            Map<String, Object> metadata;
            try {
                metadata = JSONObjectUtils.parse(retriever.retrieveResource(url.toURL()).getContent());
            } catch (IOException | ParseException | IllegalArgumentException e) {
                failures.add(url + ": " + e.getMessage());
                continue; // a missing variant is normal; try the next one
            }
            return jwksUriFrom(metadata, issuer, url);
        }
        throw new RemoteKeySourceException("no authorization server metadata for " + issuer + " (" + String.join("; ", failures) + ")", null);
    }

    private static URI jwksUriFrom(Map<String, Object> metadata, URI issuer, URI url) throws KeySourceException {
        Object declared = metadata.get("issuer");
        if (!issuer.toString().equals(declared)) {
            // RFC 8414 §3.3: a document naming another issuer must not be used
            throw new KeySourceException("metadata at " + url + " names issuer " + declared + ", expected " + issuer);
        }
        Object jwks = metadata.get("jwks_uri");
        if (!(jwks instanceof String text)) {
            throw new KeySourceException("metadata at " + url + " has no jwks_uri");
        }
        try {
            URI uri = new URI(text);
            TrustedIssuer.requireHttp(uri, "jwks_uri");
            return uri;
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new KeySourceException("metadata at " + url + " has an unusable jwks_uri: " + e.getMessage(), e);
        }
    }
}
