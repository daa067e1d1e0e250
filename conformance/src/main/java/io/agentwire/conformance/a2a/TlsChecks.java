package io.agentwire.conformance.a2a;

import static io.agentwire.conformance.a2a.CheckFailure.expect;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

import io.agentwire.a2a.model.ListTasksRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import tools.jackson.databind.JsonNode;

/**
 * Encryption requirements. A deployment on a loopback address without TLS is a test setup, not a production one, so
 * these checks are not applicable to it; any other address without TLS fails them.
 */
final class TlsChecks {
    private static final Set<String> MODERN = Set.of("TLSv1.3", "TLSv1.2");

    private TlsChecks() {
    }

    /** AUTH-TLS-001: the card's address and every interface it lists use TLS. */
    static void everyInterfaceIsEncrypted(Probe p) {
        List<String> plain = new ArrayList<>();
        if (!p.agentUrl().startsWith("https://")) {
            plain.add(p.agentUrl());
        }
        for (JsonNode candidate : p.card().path("supportedInterfaces")) {
            String url = candidate.path("url").asString("");
            if (!url.startsWith("https://")) {
                plain.add(url);
            }
        }
        if (!plain.isEmpty()) {
            notApplicableOnLoopback(p, "served without TLS: " + plain);
        }
        expect(plain.isEmpty(), "served without TLS: " + plain);
    }

    /** GRPC-SVC-003: the gRPC interface is reached over TLS (HTTP/2 is gRPC's own transport). */
    static void grpcUsesTls(Probe p) throws Exception {
        String url = p.interfaceUrl("GRPC").orElseThrow(() -> new NotApplicable("the card lists no GRPC 1.0 interface"));
        if (!url.startsWith("https://")) {
            notApplicableOnLoopback(p, "the gRPC interface " + url + " is plaintext");
            throw new CheckFailure("the gRPC interface " + url + " is plaintext");
        }
        GrpcChecks.onChannel(p, stub -> {
            try {
                GrpcChecks.withVersion(stub).listTasks(ListTasksRequest.getDefaultInstance());
            } catch (StatusRuntimeException e) {
                expect(e.getStatus().getCode() != Status.Code.UNAVAILABLE, "no TLS connection to " + url + ": " + e);
            }
        });
    }

    /** AUTH-TLS-002: the agent negotiates TLS 1.3 or 1.2. */
    static void tlsIsModern(Probe p) throws Exception {
        if (!p.agentUrl().startsWith("https://")) {
            notApplicableOnLoopback(p, "the agent is served without TLS");
            throw new CheckFailure("the agent is served without TLS");
        }
        URI uri = URI.create(p.agentUrl());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, p.trust() == null ? null : p.trust().getTrustManagers(), null);
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(uri.getHost(),
                uri.getPort() < 0 ? 443 : uri.getPort())) {
            socket.setSoTimeout(10_000);
            socket.startHandshake();
            String protocol = socket.getSession().getProtocol();
            expect(MODERN.contains(protocol), "negotiated " + protocol);
        }
    }

    private static void notApplicableOnLoopback(Probe p, String finding) {
        if (loopback(URI.create(p.agentUrl()).getHost())) {
            throw new NotApplicable("a test deployment on a loopback address (" + finding + "); a production one must use TLS");
        }
    }

    private static boolean loopback(String host) {
        try {
            return host != null && InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
