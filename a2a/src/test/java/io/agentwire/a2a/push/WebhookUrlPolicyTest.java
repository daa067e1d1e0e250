package io.agentwire.a2a.push;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.agentwire.a2a.push.PushFixtures.config;
import static io.agentwire.a2a.push.PushFixtures.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.agentwire.a2a.push.WebhookUrlRejectedException.Reason;

/**
 * The SSRF guard. Only IP literals and a fake resolver are used, so no DNS query leaves the machine, and every
 * refusal is checked before any connection could be made.
 */
class WebhookUrlPolicyTest {
    private static final WebhookUrlPolicy STRICT = WebhookUrlPolicy.strict();
    /** Every flag on: what is still refused is refused always. */
    private static final WebhookUrlPolicy PERMISSIVE = WebhookUrlPolicy.builder().allowHttp(true).allowLoopback(true)
            .allowPrivateNetworks(true).build();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "https://127.0.0.1/hook,           LOOPBACK",
        "https://127.8.9.10/hook,          LOOPBACK",
        "https://[::1]/hook,               LOOPBACK",
        "https://[::ffff:127.0.0.1]/hook,  LOOPBACK",
        "https://2130706433/hook,          LOOPBACK",
        "https://10.0.0.1/hook,            PRIVATE",
        "https://172.16.0.1/hook,          PRIVATE",
        "https://172.31.255.255/hook,      PRIVATE",
        "https://192.168.1.1/hook,         PRIVATE",
        "https://[fc00::1]/hook,           PRIVATE",
        "https://[fd12:3456::1]/hook,      PRIVATE",
        "https://[::ffff:10.1.2.3]/hook,   PRIVATE",
        "https://100.64.0.1/hook,          SHARED",
        "https://100.127.255.254/hook,     SHARED",
        "https://169.254.169.254/latest,   LINK_LOCAL",
        "https://[fe80::1]/hook,           LINK_LOCAL",
        "https://[::ffff:169.254.169.254]/,LINK_LOCAL",
        "https://0.0.0.0/hook,             UNSPECIFIED",
        "https://[::]/hook,                UNSPECIFIED",
        "https://224.0.0.1/hook,           MULTICAST",
        "https://[ff02::1]/hook,           MULTICAST",
        "https://255.255.255.255/hook,     RESERVED",
        "https://[64:ff9b::a00:1]/hook,    PRIVATE",
        "https://[2002:7f00:1::1]/hook,    LOOPBACK",
    })
    void refusesNonPublicAddresses(String url, AddressClass expected) {
        WebhookUrlRejectedException e = assertThrows(WebhookUrlRejectedException.class, () -> STRICT.check(url));

        assertEquals(Reason.ADDRESS_NOT_ALLOWED, e.reason());
        assertEquals(expected, e.addressClass());
        assertTrue(e.getMessage().contains(expected.description()), e.getMessage());
        assertFalse(e.getMessage().contains("/hook"), "the path may hold a secret: " + e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://8.8.8.8/hook", "https://172.32.0.1/", "https://100.128.0.1/",
        "https://192.169.0.1/", "https://[2001:4860:4860::8888]/hook", "https://[::ffff:8.8.4.4]/",
        "https://[64:ff9b::808:808]/"})
    void acceptsPublicAddresses(String url) {
        assertEquals(URI.create(url), STRICT.check(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://169.254.169.254/", "https://[fe80::1]/", "https://0.0.0.0/",
        "https://224.0.0.1/", "https://240.0.0.1/", "https://[ff02::1]/", "https://[::]/"})
    void someAddressesAreRefusedWhateverTheFlags(String url) {
        assertEquals(Reason.ADDRESS_NOT_ALLOWED,
                assertThrows(WebhookUrlRejectedException.class, () -> PERMISSIVE.check(url)).reason());
    }

    @Test
    void loopbackNeedsItsFlagAndTheMessageSaysSo() {
        WebhookUrlRejectedException e = assertThrows(WebhookUrlRejectedException.class,
                () -> STRICT.check("https://127.0.0.1:8443/hook"));
        assertEquals("webhook URL refused: host '127.0.0.1' resolves to 127.0.0.1, " + AddressClass.LOOPBACK
                .description() + "; enable allowLoopback to permit it", e.getMessage());

        WebhookUrlPolicy loopback = WebhookUrlPolicy.builder().allowLoopback(true).build();
        loopback.check("https://127.0.0.1:8443/hook");
        loopback.check("https://[::1]/hook");
        assertEquals(AddressClass.PRIVATE, assertThrows(WebhookUrlRejectedException.class,
                () -> loopback.check("https://10.0.0.1/")).addressClass(), "loopback does not open private networks");
    }

    @Test
    void privateNetworksNeedTheirFlag() {
        WebhookUrlPolicy internal = WebhookUrlPolicy.builder().allowPrivateNetworks(true).build();

        internal.check("https://10.0.0.1/hook");
        internal.check("https://192.168.1.1/hook");
        internal.check("https://100.64.0.1/hook");
        internal.check("https://[fd00::1]/hook");
        assertEquals(AddressClass.LOOPBACK, assertThrows(WebhookUrlRejectedException.class,
                () -> internal.check("https://127.0.0.1/")).addressClass());
        assertTrue(assertThrows(WebhookUrlRejectedException.class, () -> STRICT.check("https://10.0.0.1/"))
                .getMessage().endsWith("enable allowPrivateNetworks to permit it"));
    }

    @Test
    void httpNeedsItsFlag() {
        WebhookUrlRejectedException e = assertThrows(WebhookUrlRejectedException.class,
                () -> STRICT.check("http://8.8.8.8/hook"));
        assertEquals(Reason.SCHEME_NOT_ALLOWED, e.reason());
        assertEquals("webhook URL refused: scheme 'http' is not allowed; use https", e.getMessage());

        WebhookUrlPolicy http = WebhookUrlPolicy.builder().allowHttp(true).build();
        http.check("http://8.8.8.8/hook");
        http.check("HTTPS://8.8.8.8/hook");
        assertEquals(Reason.SCHEME_NOT_ALLOWED,
                assertThrows(WebhookUrlRejectedException.class, () -> http.check("ftp://8.8.8.8/")).reason());
        assertEquals(Reason.SCHEME_NOT_ALLOWED,
                assertThrows(WebhookUrlRejectedException.class, () -> http.check("file://8.8.8.8/etc")).reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "/relative/hook", "hook", "https:opaque", "https:///no-host",
        "https://user:pw@8.8.8.8/hook", "https://under_score.example/hook", "https://8.8.8.8/a b"})
    void refusesMalformedUrls(String url) {
        WebhookUrlRejectedException e = assertThrows(WebhookUrlRejectedException.class, () -> STRICT.check(url));
        assertEquals(Reason.MALFORMED_URL, e.reason(), e.getMessage());
        assertFalse(e.getMessage().contains("pw"), e.getMessage());
    }

    @Test
    void theAllowListNarrowsButDoesNotWiden() {
        WebhookUrlPolicy policy = WebhookUrlPolicy.builder()
                .allowedHosts(List.of("hooks.example.com", "*.partner.example", "8.8.8.8"))
                .resolver(fakeDns("203.0.113.10"))
                .build();

        policy.check("https://hooks.example.com/a");
        policy.check("https://HOOKS.example.com./a");
        policy.check("https://eu.partner.example/a");
        policy.check("https://a.b.partner.example/a");
        policy.check("https://8.8.8.8/a");
        for (String refused : List.of("https://evil.example.com/a", "https://partner.example/a",
                "https://hooks.example.com.evil.test/a", "https://xpartner.example/a", "https://8.8.4.4/a")) {
            WebhookUrlRejectedException e =
                    assertThrows(WebhookUrlRejectedException.class, () -> policy.check(refused));
            assertEquals(Reason.HOST_NOT_ALLOWED, e.reason(), refused);
            assertTrue(e.getMessage().contains("allow-list"), e.getMessage());
        }

        WebhookUrlPolicy listedButPrivate = WebhookUrlPolicy.builder().allowedHosts(List.of("intranet.example"))
                .resolver(fakeDns("10.1.2.3")).build();
        assertEquals(AddressClass.PRIVATE, assertThrows(WebhookUrlRejectedException.class,
                () -> listedButPrivate.check("https://intranet.example/hook")).addressClass());
    }

    @Test
    void oneBadAddressAmongManyRefusesTheHost() {
        WebhookUrlPolicy policy = WebhookUrlPolicy.builder()
                .resolver(fakeDns("203.0.113.10", "198.51.100.7", "169.254.169.254")).build();

        WebhookUrlRejectedException e = assertThrows(WebhookUrlRejectedException.class,
                () -> policy.check("https://rebind.example/hook"));
        assertEquals(AddressClass.LINK_LOCAL, e.addressClass());
        assertTrue(e.getMessage().contains("'rebind.example' resolves to 169.254.169.254"), e.getMessage());
    }

    @Test
    void anUnresolvableHostIsRefused() {
        WebhookUrlPolicy policy = WebhookUrlPolicy.builder().resolver(host -> {
            throw new java.net.UnknownHostException(host);
        }).build();

        assertEquals(Reason.UNRESOLVABLE_HOST, assertThrows(WebhookUrlRejectedException.class,
                () -> policy.check("https://nowhere.example/hook")).reason());
    }

    @Test
    void ipv4MappedAddressesAreClassifiedByTheirIpv4Part() throws Exception {
        // The JDK turns ::ffff:a.b.c.d into an Inet4Address when parsing, but an Inet6Address can still carry one.
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        mapped[12] = 127;
        mapped[15] = 1;
        assertEquals(AddressClass.LOOPBACK, AddressRules.classify(Inet6Address.getByAddress(null, mapped, -1)));
        mapped[12] = 10;
        assertEquals(AddressClass.PRIVATE, AddressRules.classify(Inet6Address.getByAddress(null, mapped, -1)));
        byte[] compatible = new byte[16];
        compatible[12] = (byte) 192;
        compatible[13] = (byte) 168;
        compatible[15] = 1;
        assertEquals(AddressClass.PRIVATE, AddressRules.classify(Inet6Address.getByAddress(null, compatible, -1)));
    }

    @Test
    void theSenderRefusesLoopbackWithoutTheFlagBeforeConnecting() throws Exception {
        try (WebhookReceiver webhook = new WebhookReceiver();
             PushNotificationSender sender = PushNotificationSender.builder()
                     .urlPolicy(WebhookUrlPolicy.builder().allowHttp(true).build()).build()) {
            webhook.server.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(200)));

            assertEquals(Reason.ADDRESS_NOT_ALLOWED, assertThrows(WebhookUrlRejectedException.class,
                    () -> sender.validate(config(webhook.url("/hook")))).reason());
            DeliveryResult result = sender.deliver(config(webhook.url("/hook")), status(1)).get(10, TimeUnit.SECONDS);

            assertFalse(result.delivered());
            assertEquals(0, result.attempts());
            assertTrue(result.lastError().contains("loopback"), result.lastError());
            assertTrue(webhook.arrivals("/hook").isEmpty());
            assertEquals(0, webhook.server.getAllServeEvents().size());
        }
    }

    @Test
    void theUrlIsCheckedAgainAtDeliveryBecauseDnsChanges() throws Exception {
        // The first lookup (at registration) says public; later ones give the real answer, loopback.
        AtomicInteger lookups = new AtomicInteger();
        WebhookUrlPolicy policy = WebhookUrlPolicy.builder().allowHttp(true).resolver(host -> lookups
                .getAndIncrement() == 0 ? new InetAddress[] {InetAddress.getByName("203.0.113.10")}
                        : InetAddress.getAllByName(host)).build();
        try (WebhookReceiver webhook = new WebhookReceiver();
             PushNotificationSender sender = PushNotificationSender.builder().urlPolicy(policy).build()) {
            webhook.server.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(200)));

            sender.validate(config(webhook.url("/hook")));
            DeliveryResult result = sender.deliver(config(webhook.url("/hook")), status(1)).get(10, TimeUnit.SECONDS);

            assertFalse(result.delivered());
            assertEquals(0, result.attempts());
            assertTrue(result.lastError().startsWith("webhook URL refused"), result.lastError());
            assertEquals(0, webhook.server.getAllServeEvents().size());
        }
    }

    private static WebhookUrlPolicy.Resolver fakeDns(String... answers) {
        return host -> {
            InetAddress[] out = new InetAddress[answers.length];
            for (int i = 0; i < answers.length; i++) {
                out[i] = InetAddress.getByName(answers[i]); // literals: no lookup
            }
            return out;
        };
    }
}
