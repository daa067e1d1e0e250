package io.agentwire.a2a.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;

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
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.pkitesting.CertificateBuilder;
import io.netty.pkitesting.X509Bundle;

/** The card's mtlsSecurityScheme: the agent serves HTTPS, and only a caller with a certificate from its CA gets in. */
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
        // OPTIONAL lets a client without a certificate read the public card and receive A2A's own error.
        server = SecuredAgents.agent(card, security)
                .tls(SslContextBuilder.forServer(serverCert.toKeyManagerFactory())
                        .trustManager(authority.toTrustManagerFactory()).clientAuth(ClientAuth.OPTIONAL).build())
                .start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private SSLContext tls(KeyManager[] keys) throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys, authority.toTrustManagerFactory().getTrustManagers(), null);
        return context;
    }

    @Test
    void aClientCertificateFromTheTrustedAuthorityIsTheCaller() throws Exception {
        X509Bundle clientCert = new CertificateBuilder().subject("CN=agent-b").ecp256()
                .addExtendedKeyUsageClientAuth().buildIssuedBy(authority);
        assertTrue(server.baseUrl().startsWith("https://"), server.baseUrl());
        try (A2aClient client = A2aClient.builder().agentUrl(server.baseUrl())
                .sslContext(tls(clientCert.toKeyManagerFactory().getKeyManagers())).build()) {
            SendMessageResponse response = client.sendMessage(send("m1"));
            Message reply = response.hasMessage() ? response.getMessage() : response.getTask().getStatus().getMessage();
            assertEquals("hello CN=agent-b", reply.getParts(0).getText());
        }
    }

    @Test
    void aClientWithoutACertificateIsUnauthenticated() throws Exception {
        try (A2aClient client = A2aClient.builder().agentUrl(server.baseUrl()).sslContext(tls(null)).build()) {
            A2aException e = assertThrows(A2aException.class, () -> client.sendMessage(send("m2")));
            assertEquals(A2aError.UNAUTHENTICATED, e.error());
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
        try (A2aClient client = A2aClient.builder().agentUrl(server.baseUrl())
                .sslContext(tls(stranger.toKeyManagerFactory().getKeyManagers())).build()) {
            A2aException e = assertThrows(A2aException.class, () -> client.sendMessage(send("m3")));
            assertEquals(A2aError.UNAUTHENTICATED, e.error());
        }
    }

    private static SendMessageRequest send(String messageId) {
        return SendMessageRequest.newBuilder().setMessage(Message.newBuilder().setMessageId(messageId)
                .setRole(Role.ROLE_USER).addParts(Part.newBuilder().setText("hi"))).build();
    }
}
