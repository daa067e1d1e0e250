package io.agentwire.a2a.push;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.agentwire.a2a.push.PushFixtures.CREDENTIALS;
import static io.agentwire.a2a.push.PushFixtures.TOKEN;
import static io.agentwire.a2a.push.PushFixtures.bareConfig;
import static io.agentwire.a2a.push.PushFixtures.config;
import static io.agentwire.a2a.push.PushFixtures.sender;
import static io.agentwire.a2a.push.PushFixtures.status;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.protobuf.util.JsonFormat;

import io.agentwire.a2a.model.AuthenticationInfo;
import io.agentwire.a2a.model.Message;
import io.agentwire.a2a.model.Part;
import io.agentwire.a2a.model.Role;
import io.agentwire.a2a.model.StreamResponse;
import io.agentwire.a2a.model.TaskPushNotificationConfig;

/** What a webhook receives: §4.3.3's request format. */
class PushDeliveryTest {
    private WebhookReceiver webhook;
    private PushNotificationSender sender;

    @BeforeEach
    void start() {
        webhook = new WebhookReceiver();
        webhook.server.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(200)));
        sender = sender().build();
    }

    @AfterEach
    void stop() {
        sender.close();
        webhook.close();
    }

    @Test
    void postsProtoJsonWithContentTypeAuthorizationAndToken() throws Exception {
        StreamResponse event = status(7);
        DeliveryResult result = sender.deliver(config(webhook.url("/hook")), event).get(10, TimeUnit.SECONDS);

        assertEquals(new DeliveryResult(true, 1, 200, null), result);
        List<LoggedRequest> received = webhook.arrivals("/hook");
        assertEquals(1, received.size());
        LoggedRequest request = received.get(0);
        assertEquals("POST", request.getMethod().getName());
        assertEquals("application/a2a+json", request.getHeader("Content-Type"));
        assertEquals("Bearer " + CREDENTIALS, request.getHeader("Authorization"));
        assertEquals(TOKEN, request.getHeader("X-A2A-Notification-Token"));
        assertFalse(request.containsHeader("X-A2A-Push-JWT"), "no signer configured");
        String expected = JsonFormat.printer().omittingInsignificantWhitespace().print(event);
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), request.getBody());
        assertEquals(event, PushFixtures.parse(request.getBody()));
        assertTrue(request.getBodyAsString().contains("\"statusUpdate\""), "camelCase ProtoJSON field names");
        assertTrue(request.getBodyAsString().contains("\"TASK_STATE_WORKING\""), "enum names");
    }

    @Test
    void sendsNoAuthorizationOrTokenWhenTheConfigHasNone() throws Exception {
        DeliveryResult result = sender.deliver(bareConfig(webhook.url("/hook")), status(1)).get(10, TimeUnit.SECONDS);

        assertTrue(result.delivered());
        LoggedRequest request = webhook.arrivals("/hook").get(0);
        assertFalse(request.containsHeader("Authorization"));
        assertFalse(request.containsHeader("X-A2A-Notification-Token"));
    }

    @Test
    void anyTwoHundredStatusIsDelivered() throws Exception {
        webhook.server.stubFor(post(urlEqualTo("/accepted")).willReturn(aResponse().withStatus(202)));

        DeliveryResult result = sender.deliver(config(webhook.url("/accepted")), status(1)).get(10, TimeUnit.SECONDS);

        assertEquals(new DeliveryResult(true, 1, 202, null), result);
    }

    @Test
    void aMessageOutsideATaskUsesTheConfigsTaskIdAndIsDelivered() throws Exception {
        StreamResponse message = StreamResponse.newBuilder().setMessage(Message.newBuilder().setMessageId("m-1")
                .setRole(Role.ROLE_AGENT).addParts(Part.newBuilder().setText("done"))).build();

        DeliveryResult result = sender.deliver(config(webhook.url("/hook")), message).get(10, TimeUnit.SECONDS);

        assertTrue(result.delivered());
        assertEquals(message, PushFixtures.parse(webhook.arrivals("/hook").get(0).getBody()));
    }

    @Test
    void anEventWithoutPayloadIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class,
                () -> sender.deliver(config(webhook.url("/hook")), StreamResponse.getDefaultInstance()));
    }

    @Test
    void validateRefusesHeaderBreakingCredentialsWithoutEchoingThem() {
        TaskPushNotificationConfig injected = config(webhook.url("/hook")).toBuilder()
                .setAuthentication(AuthenticationInfo.newBuilder().setScheme("Bearer")
                        .setCredentials("s3cret\r\nX-Injected: 1"))
                .build();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sender.validate(injected));
        assertTrue(e.getMessage().contains("authentication.credentials"), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
    }

    @Test
    void aHeaderBreakingTokenFailsTheDeliveryWithoutSendingOrLeakingIt() throws Exception {
        TaskPushNotificationConfig injected = config(webhook.url("/hook")).toBuilder().setToken("t0k\nevil").build();

        DeliveryResult result = sender.deliver(injected, status(1)).get(10, TimeUnit.SECONDS);

        assertFalse(result.delivered());
        assertEquals(0, result.attempts());
        assertFalse(result.lastError().contains("t0k"), result.lastError());
        assertTrue(webhook.arrivals("/hook").isEmpty());
    }

    @Test
    void validateRefusesCredentialsWithoutAScheme() {
        TaskPushNotificationConfig noScheme = config(webhook.url("/hook")).toBuilder()
                .setAuthentication(AuthenticationInfo.newBuilder().setCredentials(CREDENTIALS)).build();

        assertThrows(IllegalArgumentException.class, () -> sender.validate(noScheme));
    }

    @Test
    void validateAcceptsAGoodConfig() {
        sender.validate(config(webhook.url("/hook")));
        sender.validate(bareConfig(webhook.url("/hook")));
    }

    @Test
    void errorsNameTheHostButNotTheSecretPathOrCredentials() throws Exception {
        webhook.server.stubFor(post(urlEqualTo("/hooks/T0KEN-IN-PATH")).willReturn(aResponse().withStatus(404)));

        DeliveryResult result = sender.deliver(config(webhook.url("/hooks/T0KEN-IN-PATH")), status(1))
                .get(10, TimeUnit.SECONDS);

        assertEquals(new DeliveryResult(false, 1, 404, "HTTP 404"), result);
    }

    @Test
    void aClosedSenderDeliversNothing() throws Exception {
        sender.close();

        DeliveryResult result = sender.deliver(config(webhook.url("/hook")), status(1)).get(10, TimeUnit.SECONDS);

        assertFalse(result.delivered());
        assertEquals(0, result.attempts());
        assertTrue(result.lastError().contains("closed"), result.lastError());
        assertTrue(webhook.arrivals("/hook").isEmpty());
    }
}
