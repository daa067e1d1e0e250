package io.agentwire.mcp.auth.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.agentwire.mcp.auth.ClientAuthorizer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A WireMock host on loopback playing the MCP server's metadata host and an authorization server, with helpers to
 * publish metadata, answer token and registration requests, and read back what the client sent.
 */
final class OAuthFixture implements AutoCloseable {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PRM_PATH = "/.well-known/oauth-protected-resource/mcp";
    static final String AS_PATH = "/.well-known/oauth-authorization-server";

    final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
    final String base;

    OAuthFixture() {
        server.start();
        base = "http://127.0.0.1:" + server.port();
    }

    URI mcp() {
        return URI.create(base + "/mcp");
    }

    /** Publishes protected resource metadata at {@code path}. */
    void prm(String path, String resource, String issuer, List<String> scopes) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("resource", resource);
        doc.putArray("authorization_servers").add(issuer);
        if (scopes != null) {
            var arr = doc.putArray("scopes_supported");
            scopes.forEach(arr::add);
        }
        server.stubFor(get(urlPathEqualTo(path)).willReturn(okJson(doc.toString())));
    }

    /** The usual PRM: path-suffixed, resource = /mcp, issuer = this host. */
    void prm(List<String> scopes) {
        prm(PRM_PATH, base + "/mcp", base, scopes);
    }

    /** Authorization server metadata with endpoints on this host under {@code prefix}. */
    ObjectNode asMetadata(String issuer, String prefix) {
        ObjectNode m = JSON.createObjectNode();
        m.put("issuer", issuer);
        m.put("authorization_endpoint", base + prefix + "/authorize");
        m.put("token_endpoint", base + prefix + "/token");
        m.put("registration_endpoint", base + prefix + "/register");
        m.putArray("response_types_supported").add("code");
        m.putArray("code_challenge_methods_supported").add("S256");
        m.putArray("token_endpoint_auth_methods_supported").add("none");
        return m;
    }

    ObjectNode asMetadata() {
        return asMetadata(base, "");
    }

    void publish(String path, ObjectNode document) {
        server.stubFor(get(urlPathEqualTo(path)).willReturn(okJson(document.toString())));
    }

    void token(String path, String accessToken, String tokenType, String refreshToken, Integer expiresIn) {
        ObjectNode t = JSON.createObjectNode();
        t.put("access_token", accessToken);
        t.put("token_type", tokenType);
        if (refreshToken != null) {
            t.put("refresh_token", refreshToken);
        }
        if (expiresIn != null) {
            t.put("expires_in", expiresIn);
        }
        server.stubFor(post(urlPathEqualTo(path)).willReturn(okJson(t.toString())));
    }

    void token(String accessToken) {
        token("/token", accessToken, "Bearer", null, 3600);
    }

    void tokenError(String path, int status, String error) {
        server.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"" + error + "\"}")));
    }

    void registration(String path, String clientId, String secret, String method) {
        ObjectNode r = JSON.createObjectNode();
        r.put("client_id", clientId);
        if (secret != null) {
            r.put("client_secret", secret);
        }
        if (method != null) {
            r.put("token_endpoint_auth_method", method);
        }
        server.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(r.toString())));
    }

    /** The standard setup: PRM, root AS metadata, DCR and a token endpoint. */
    void standard(List<String> prmScopes) {
        prm(prmScopes);
        publish(AS_PATH, asMetadata());
        registration("/register", "dcr-client", null, "none");
        token("tok-1");
    }

    List<LoggedRequest> posts(String path) {
        return server.findAll(postRequestedFor(urlPathEqualTo(path)));
    }

    List<LoggedRequest> gets(String path) {
        return server.findAll(getRequestedFor(urlPathEqualTo(path)));
    }

    /** The form bodies of the POSTs to {@code path}, in order. */
    List<Map<String, String>> forms(String path) {
        List<Map<String, String>> out = new ArrayList<>();
        for (LoggedRequest r : posts(path)) {
            out.add(form(r.getBodyAsString()));
        }
        return out;
    }

    static Map<String, String> form(String body) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String part : body.split("&")) {
            if (!part.isEmpty()) {
                int eq = part.indexOf('=');
                m.put(URLDecoder.decode(part.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return m;
    }

    static Map<String, List<String>> headers(String... nameValuePairs) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            m.computeIfAbsent(nameValuePairs[i], k -> new ArrayList<>()).add(nameValuePairs[i + 1]);
        }
        return m;
    }

    /** A 401 as an MCP server sends it, pointing at this host's PRM. */
    Map<String, List<String>> unauthorized(String scope) {
        return headers("www-authenticate", "Bearer resource_metadata=\"" + base + PRM_PATH + "\""
                + (scope == null ? "" : ", scope=\"" + scope + "\""));
    }

    /** Drives the initial 401 through the authorizer and returns the headers it then presents. */
    Map<String, String> authorizeOnce(ClientAuthorizer authorizer, String scope) throws Exception {
        if (!authorizer.challenged(401, unauthorized(scope), "POST", mcp())) {
            throw new AssertionError("the authorizer did not ask for a retry");
        }
        return authorizer.headers("POST", mcp());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop();
    }

    /** A user agent that approves at once, recording the authorization URLs; {@code iss} null means omit it. */
    static final class FakeBrowser implements AuthorizationCodeHandler {
        final List<URI> requests = new ArrayList<>();
        String iss;
        String code = "code-1";

        FakeBrowser(String iss) {
            this.iss = iss;
        }

        @Override
        public URI authorize(URI authorizationUrl, URI redirectUri) {
            requests.add(authorizationUrl);
            String state = AuthorizationResponse.query(authorizationUrl).get("state");
            return URI.create(redirectUri + "?code=" + enc(code) + "&state=" + enc(state)
                    + (iss == null ? "" : "&iss=" + enc(iss)));
        }

        Map<String, String> lastQuery() {
            return AuthorizationResponse.query(requests.get(requests.size() - 1));
        }
    }
}
