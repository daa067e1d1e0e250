package io.agentwire.a2a.badinput;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.agentwire.a2a.client.A2aClient;
import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;

/** Cards that are not JSON, lack required fields, carry wrong types, are huge, or never arrive. */
class MalformedCardTest {
    private WireMockServer agent;

    @BeforeEach
    void start() {
        agent = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        agent.start();
    }

    @AfterEach
    void stop() {
        agent.stop();
    }

    private A2aException fetchFails(String body) {
        agent.stubFor(get(urlEqualTo("/.well-known/agent-card.json")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(body)));
        return assertThrows(A2aException.class, () -> A2aClient.builder().agentUrl(agent.baseUrl())
                .timeout(Duration.ofSeconds(10)).build());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not JSON | {\"name\": \"x\", ",
            "a JSON array | []",
            "no name | {\"description\":\"d\",\"version\":\"1\",\"supportedInterfaces\":[{\"url\":\"http://127.0.0.1:9/a2a\",\"protocolBinding\":\"JSONRPC\",\"protocolVersion\":\"1.0\"}]}",
            "no interfaces | {\"name\":\"n\",\"description\":\"d\",\"version\":\"1\"}",
            "a wrong type | {\"name\":\"n\",\"capabilities\":{\"streaming\":\"very\"},\"supportedInterfaces\":[]}",
            "an interface that is a string | {\"name\":\"n\",\"supportedInterfaces\":[\"http://127.0.0.1:9\"]}"})
    void aMalformedCardIsAnInvalidAgentResponse(String what, String body) {
        A2aException e = fetchFails(body);
        assertEquals(A2aError.INVALID_AGENT_RESPONSE, e.error(), what + ": " + e.getMessage());
    }

    @Test
    void aCardWithOnlyInterfacesThisClientCannotSpeakIsRefusedByName() {
        A2aException e = fetchFails("{\"name\":\"n\",\"supportedInterfaces\":[{\"url\":\"http://127.0.0.1:9/a2a\","
                + "\"protocolBinding\":\"CARRIER-PIGEON\",\"protocolVersion\":\"1.0\"}]}");
        assertTrue(e.getMessage().contains("CARRIER-PIGEON"), e.getMessage());
    }

    @Test
    void anOversizeCardIsCutOffNotBuffered() {
        String huge = "{\"name\":\"n\",\"description\":\"" + "x".repeat(3 << 20) + "\"}";
        A2aException e = fetchFails(huge);
        assertTrue(e.getMessage().contains("exceeds"), e.getMessage());
    }

    @Test
    void aCardThatNeverArrivesTimesOut() {
        agent.stubFor(get(urlEqualTo("/.well-known/agent-card.json")).willReturn(aResponse().withFixedDelay(20_000)
                .withBody("{}")));
        long start = System.nanoTime();
        assertThrows(A2aException.class, () -> A2aClient.builder().agentUrl(agent.baseUrl())
                .timeout(Duration.ofSeconds(1)).build());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(15).toNanos(), "bounded by the client's timeout");
    }
}
