package io.agentwire.conformance.a2a;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.agentwire.a2a.A2aServer;
import io.agentwire.a2a.auth.ApiKeyVerifier;
import io.agentwire.a2a.auth.CardSecurity;
import io.agentwire.a2a.card.sign.AgentCardSigner;
import io.agentwire.a2a.model.AgentCapabilities;
import io.agentwire.a2a.model.AgentCard;
import io.agentwire.a2a.model.AgentExtension;
import io.agentwire.a2a.model.AgentInterface;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpServer;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import io.agentwire.a2a.push.PushNotificationSender;
import io.agentwire.a2a.push.WebhookUrlPolicy;
import io.agentwire.a2a.reference.ReferenceCard;
import io.agentwire.a2a.reference.TckAgent;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.net.ssl.TrustManagerFactory;
import io.netty.pkitesting.CertificateBuilder;
import io.netty.pkitesting.X509Bundle;
import org.junit.jupiter.api.Test;

/**
 * The checks against our reference agent: no automated check may fail. Also checks that every requirement id of the
 * TCK's list (read from {@code ../shared} when present) has a check or a stated reason.
 */
class ReferenceAgentConformanceTest {

    private static A2aServer.Builder referenceAgent(AgentCard card) {
        return A2aServer.builder().card(card).executor(new TckAgent(Duration.ofSeconds(3)))
                .push(PushNotificationSender.builder().urlPolicy(WebhookUrlPolicy.builder().allowHttp(true)
                        .allowLoopback(true).build()).build())
                .port(0).grpcPort(0);
    }

    @Test
    void referenceAgentPassesEveryAutomatedCheck() throws Exception {
        try (A2aServer agent = referenceAgent(ReferenceCard.template()).start()) {
            assertNoFailures(A2aConformance.run(agent.baseUrl(), Duration.ofSeconds(30)), "a2a-conformance.md");
        }
    }

    /** The same agent requiring API keys, checked as two callers: the access-control requirements apply now. */
    @Test
    void securedReferenceAgentPassesEveryAutomatedCheckIncludingAccessControl() throws Exception {
        AgentCard card = ReferenceCard.requiringApiKey(ReferenceCard.template());
        CardSecurity security = CardSecurity.forCard(card).verifier(ReferenceCard.API_KEY_SCHEME, new ApiKeyVerifier(
                card.getSecuritySchemesMap().get(ReferenceCard.API_KEY_SCHEME).getApiKeySecurityScheme(),
                Map.of("key-of-alice", "alice", "key-of-bob", "bob"))).build();
        try (A2aServer agent = referenceAgent(card).security(security).start()) {
            List<CheckResult> results = A2aConformance.run(agent.baseUrl(), Duration.ofSeconds(30),
                    Map.of(ReferenceCard.API_KEY_HEADER, "key-of-alice"), Map.of(ReferenceCard.API_KEY_HEADER, "key-of-bob"));
            assertNoFailures(results, "a2a-conformance-secured.md");
            for (String id : List.of("AUTH-SERVER-002", "AUTH-SCOPE-001", "AUTH-SCOPE-002", "AUTH-SCOPE-003",
                    "CORE-LIST-001", "BIND-EQUIV-004")) {
                assertEquals(Verdict.PASS, results.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow()
                        .verdict(), id);
            }
        }
    }

    /**
     * The requirements that are not applicable to the reference agent (a signed card, capabilities turned off, a
     * required extension), each checked against an agent that meets its condition.
     */
    @Test
    void conditionalRequirementsPassOnAgentsThatMeetTheirCondition() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        String base = "http://127.0.0.1:" + port;
        ECKey cardKey = new ECKeyGenerator(Curve.P_256).keyID("card-key").generate();
        HttpServer keys = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] jwks = new JWKSet(cardKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        keys.createContext("/jwks.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        keys.start();
        URI jku = URI.create("http://127.0.0.1:" + keys.getAddress().getPort() + "/jwks.json");
        AgentCard signed = new AgentCardSigner(cardKey, jku)
                .sign(ReferenceCard.template().toBuilder()
                        .addSupportedInterfaces(AgentInterface.newBuilder().setUrl(base + A2aServer.JSONRPC_PATH)
                                .setProtocolBinding("JSONRPC").setProtocolVersion("1.0"))
                        .addSupportedInterfaces(AgentInterface.newBuilder().setUrl(base + A2aServer.REST_PATH)
                                .setProtocolBinding("HTTP+JSON").setProtocolVersion("1.0")).build());
        try {
            assertPass(referenceAgent(signed).port(port).grpcPort(-1), "CARD-SIGN-001", "CARD-SIGN-002", "CARD-SIGN-003");
        } finally {
            keys.stop(0);
        }

        AgentCard bare = ReferenceCard.template().toBuilder().setCapabilities(AgentCapabilities.getDefaultInstance()).build();
        assertPass(referenceAgent(bare), "CORE-CAP-001", "CORE-CAP-002", "CORE-CAP-003", "CARD-EXT-002");

        AgentCard extended = ReferenceCard.template().toBuilder().setCapabilities(ReferenceCard.template().getCapabilities()
                .toBuilder().addExtensions(AgentExtension.newBuilder().setUri("https://agentwire.io/ext/required")
                        .setRequired(true))).build();
        assertPass(referenceAgent(extended), "CORE-CAP-004");

        X509Bundle authority = new CertificateBuilder().subject("CN=Conformance CA").ecp256()
                .setIsCertificateAuthority(true).buildSelfSigned();
        X509Bundle agentCert = new CertificateBuilder().subject("CN=agent").ecp256().addSanIpAddress("127.0.0.1")
                .addExtendedKeyUsageServerAuth().buildIssuedBy(authority);
        assertPass(referenceAgent(ReferenceCard.template()).tls(agentCert.toKeyManagerFactory(), null),
                authority.toTrustManagerFactory(), "AUTH-TLS-001", "AUTH-TLS-002", "GRPC-SVC-003");
    }

    /** On the open agent over plain HTTP on loopback, the TLS requirements do not apply (a test deployment). */
    @Test
    void plaintextOnLoopbackIsATestDeploymentNotAFailure() throws Exception {
        try (A2aServer agent = referenceAgent(ReferenceCard.template()).start()) {
            Probe probe = new Probe(agent.baseUrl(), Duration.ofSeconds(30));
            for (String id : List.of("AUTH-TLS-001", "AUTH-TLS-002", "GRPC-SVC-003")) {
                Requirement requirement = A2aConformance.requirements().stream().filter(r -> r.id().equals(id))
                        .findFirst().orElseThrow();
                assertEquals(Verdict.NOT_APPLICABLE, A2aConformance.run(requirement, probe).verdict(), id);
            }
        }
    }

    private static void assertPass(A2aServer.Builder builder, String... ids) throws Exception {
        assertPass(builder, null, ids);
    }

    private static void assertPass(A2aServer.Builder builder, TrustManagerFactory trust, String... ids) throws Exception {
        try (A2aServer agent = builder.start()) {
            Probe probe = new Probe(agent.baseUrl(), Duration.ofSeconds(30), Map.of(), Map.of(), trust);
            for (String id : ids) {
                Requirement requirement = A2aConformance.requirements().stream().filter(r -> r.id().equals(id))
                        .findFirst().orElseThrow();
                CheckResult result = A2aConformance.run(requirement, probe);
                assertEquals(Verdict.PASS, result.verdict(), id + ": " + result.detail());
            }
        }
    }

    private static void assertNoFailures(List<CheckResult> results, String reportFile) throws IOException {
        String report = A2aConformance.summary(results) + A2aConformance.markdown(results);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", reportFile), report);
        String failures = results.stream().filter(r -> r.verdict() == Verdict.FAIL)
                .map(r -> r.id() + ": " + r.detail()).collect(Collectors.joining("\n"));
        assertTrue(failures.isEmpty(), "failed checks:\n" + failures + "\n\n" + report);
        long passedMust = results.stream().filter(r -> r.level() == Level.MUST && r.verdict() == Verdict.PASS).count();
        assertTrue(passedMust >= 70, "only " + passedMust + " MUST checks passed:\n" + report);
    }

    @Test
    void checksFindFaultsInABrokenAgent() throws Exception {
        // An agent that never completes and always answers with a message: the lifecycle checks must fail on it.
        try (A2aServer agent = A2aServer.builder().card(ReferenceCard.template())
                .executor((context, events) -> events.reply(events.agentText("no tasks here"))).port(0).start()) {
            Probe probe = new Probe(agent.baseUrl(), Duration.ofSeconds(10));
            Requirement send = A2aConformance.requirements().stream().filter(r -> r.id().equals("CORE-SEND-001")).findFirst().orElseThrow();
            assertEquals(Verdict.FAIL, A2aConformance.run(send, probe).verdict());
        }
    }

    @Test
    void everyTckRequirementHasACheckOrAReason() throws IOException {
        Path tsv = locate("shared/spec-data/a2a/conformance/tck-1.0-dev-requirements.tsv");
        assumeTrue(tsv != null, "../shared is absent in this checkout: the TCK requirement list cannot be read");
        Set<String> ids = new HashSet<>();
        for (String line : Files.readAllLines(tsv)) {
            if (!line.startsWith("#") && !line.startsWith("id\t") && !line.isBlank()) {
                ids.add(line.split("\t")[0]);
            }
        }
        Set<String> ours = A2aConformance.requirements().stream().map(Requirement::id).collect(Collectors.toSet());
        Set<String> missing = new HashSet<>(ids);
        missing.removeAll(ours);
        Set<String> unknown = new HashSet<>(ours);
        unknown.removeAll(ids);
        assertTrue(missing.isEmpty(), "TCK ids without a check: " + missing);
        assertTrue(unknown.isEmpty(), "ids that are not in the TCK list: " + unknown);
        assertEquals(ids.size(), A2aConformance.requirements().size(), "one entry per id");
    }

    private static Path locate(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        return null;
    }
}
