package io.agentwire.mcp.auth.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HeadlessAuthorizationCodeHandlerTest {
    private final OAuthFixture fx = new OAuthFixture();
    private final URI redirect = URI.create("http://localhost:3000/callback");

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void readsTheRedirectWithoutFollowingIt() throws Exception {
        fx.server.stubFor(get(urlPathEqualTo("/authorize")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "/interim?state={{request.query.state}}").withTransformers("response-template")));
        fx.server.stubFor(get(urlPathEqualTo("/interim")).willReturn(aResponse().withStatus(303).withHeader("Location",
                "http://localhost:3000/callback?code=c-1&state={{request.query.state}}&iss=" + OAuthFixture.enc(fx.base))
                .withTransformers("response-template")));
        URI back = new HeadlessAuthorizationCodeHandler().authorize(URI.create(fx.base + "/authorize?state=s-9"), redirect);
        Map<String, String> q = AuthorizationResponse.query(back);
        assertEquals("c-1", q.get("code"));
        assertEquals("s-9", q.get("state"));
        assertEquals(fx.base, q.get("iss"));
        assertEquals(1, fx.gets("/interim").size());
    }

    @Test
    void aLoginPageIsNotSomethingItCanHandle() {
        fx.server.stubFor(get(urlPathEqualTo("/authorize")).willReturn(aResponse().withStatus(200).withBody("<form>")));
        OAuthException e = assertThrows(OAuthException.class,
                () -> new HeadlessAuthorizationCodeHandler().authorize(URI.create(fx.base + "/authorize"), redirect));
        assertEquals("interaction_required", e.error());
    }

    @Test
    void redirectLoopsAreBounded() {
        fx.server.stubFor(get(urlPathEqualTo("/authorize")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "/authorize")));
        assertThrows(OAuthException.class,
                () -> new HeadlessAuthorizationCodeHandler().authorize(URI.create(fx.base + "/authorize"), redirect));
        assertTrue(fx.gets("/authorize").size() <= HeadlessAuthorizationCodeHandler.MAX_HOPS);
    }
}
