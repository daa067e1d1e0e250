package io.agentwire.a2a.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agentwire.a2a.A2aServer;
import io.agentwire.a2a.client.A2aClient;
import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.model.AgentCard;
import io.agentwire.a2a.model.Message;
import io.agentwire.a2a.model.Part;
import io.agentwire.a2a.model.Role;
import io.agentwire.a2a.model.SendMessageRequest;
import io.agentwire.a2a.model.SendMessageResponse;
import io.netty.pkitesting.CertificateBuilder;
import io.netty.pkitesting.X509Bundle;

/**
 * The card's mtlsSecurityScheme: the agent serves every binding over TLS, and only a caller with a certificate from its
 * authority gets in, on JSON-RPC, HTTP+JSON and gRPC alike.
 */
class MutualTlsTest {
    private X509Bundle authority;
    private A2aServer server;

    @BeforeEach
    void start() throws Exception {
        authority = new CertificateBuilder().subject("CN=Test CA").ecp256().setIsCertificateAuthority(true)
                .buildSelfSigned();
        X509Bundle serverCert = new CertificateBuilder().subject("CN=agent").ecp256().addSanIpAddress("127.0.0.1")
                .addExtendedKeyUsageServerAuth().buildIssuedBy(authority);
        AgentCard card = SecuredAgents.mtlsCard();
        CardSecurity security = CardSecurity.forCard(card).verifier("mtls", new ClientCertificateVerifier()).build();
        // Client certificates are optional at the TLS layer: a client without one reads the public card and gets
        // A2A's own error from the card's scheme.
        server = SecuredAgents.agent(card, security)
                .tls(serverCert.toKeyManagerFactory(), authority.toTrustManagerFactory())
                .grpcPort(0)
                .start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private A2aClient client(X509Bundle certificate, String binding) throws Exception {
        return A2aClient.builder().agentUrl(server.baseUrl()).bindings(List.of(binding))
                .tls(certificate == null ? null : certificate.toKeyManagerFactory(), authority.toTrustManagerFactory())
                .build();
    }

    @Test
    void aClientCertificateFromTheTrustedAuthorityIsTheCaller() throws Exception {
        X509Bundle clientCert = new CertificateBuilder().subject("CN=agent-b").ecp256()
                .addExtendedKeyUsageClientAuth().buildIssuedBy(authority);
        assertTrue(server.baseUrl().startsWith("https://"), server.baseUrl());
        for (String binding : List.of("JSONRPC", "HTTP+JSON", "GRPC")) {
            try (A2aClient client = client(clientCert, binding)) {
                assertTrue(client.selectedInterface().getUrl().startsWith("https://"), client.selectedInterface().getUrl());
                SendMessageResponse response = client.sendMessage(send("m1-" + binding));
                Message reply = response.hasMessage() ? response.getMessage() : response.getTask().getStatus().getMessage();
                assertEquals("hello CN=agent-b", reply.getParts(0).getText(), binding);
            }
        }
    }

    @Test
    void aClientWithoutACertificateIsUnauthenticated() throws Exception {
        for (String binding : List.of("JSONRPC", "GRPC")) {
            try (A2aClient client = client(null, binding)) {
                A2aException e = assertThrows(A2aException.class, () -> client.sendMessage(send("m2-" + binding)));
                assertEquals(A2aError.UNAUTHENTICATED, e.error(), binding);
            }
        }
    }

    @Test
    void aCertificateFromAnotherAuthorityIsNotAdmitted() throws Exception {
        X509Bundle otherAuthority = new CertificateBuilder().subject("CN=Other CA").ecp256()
                .setIsCertificateAuthority(true).buildSelfSigned();
        X509Bundle stranger = new CertificateBuilder().subject("CN=stranger").ecp256()
                .addExtendedKeyUsageClientAuth().buildIssuedBy(otherAuthority);
        // The server names its trusted authority in the handshake, so the client's key manager offers no certificate
        // from another one; either way the stranger never becomes a caller.
        try (A2aClient client = client(stranger, "JSONRPC")) {
            A2aException e = assertThrows(A2aException.class, () -> client.sendMessage(send("m3")));
            assertEquals(A2aError.UNAUTHENTICATED, e.error());
        }
    }

    private static SendMessageRequest send(String messageId) {
        return SendMessageRequest.newBuilder().setMessage(Message.newBuilder().setMessageId(messageId)
                .setRole(Role.ROLE_USER).addParts(Part.newBuilder().setText("hi"))).build();
    }
}
