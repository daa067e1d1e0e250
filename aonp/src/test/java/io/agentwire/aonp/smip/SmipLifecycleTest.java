package io.agentwire.aonp.smip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.agentwire.aonp.smip.session.SessionState;
import io.agentwire.aonp.smip.wire.SessionAccept;
import io.agentwire.aonp.smip.wire.SessionOpen;
import io.agentwire.aonp.smip.wire.SessionReject;
import io.agentwire.aonp.smip.wire.SmipErrorCodes;
import io.agentwire.aonp.smip.wire.SmipFrames;

/** Heartbeats, the resume lifetime and who may resume (spec §5, §9). */
@Timeout(60)
class SmipLifecycleTest {
    private static final SmipOptions FAST = SmipOptions.DEFAULTS.withHeartbeat(Duration.ofMillis(200))
            .withLifetime(Duration.ofMillis(600));
    private SmipFixture fixture;

    @AfterEach
    void stop() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void aSilentClientHitsTheHeartbeatTimeoutAndItsSessionEndsAfterTheLifetime() throws Exception {
        fixture = new SmipFixture(invocation -> { }, FAST, Runnable::run, false);
        RawPeer peer = RawPeer.connect(fixture, null);
        SessionAccept accept = peer.openSession();
        assertEquals(200L, accept.heartbeat());
        assertEquals(1, fixture.smip.sessionCount());
        // the raw peer never sends a HEARTBEAT
        assertEquals(SmipErrorCodes.HEARTBEAT_TIMEOUT, peer.closeCode());
        awaitSessions(0);

        RawPeer late = RawPeer.connect(fixture, null);
        late.send(SmipFrames.SESSION_OPEN, SessionOpen.resume(accept.session(), 0L, null, null, null));
        SessionReject reject = (SessionReject) late.next().message();
        assertEquals(SmipErrorCodes.SESSION_EXPIRED.value(), reject.code());
    }

    @Test
    void resumeByAnotherPrincipalOrOfAnUnknownIdIsRejected() throws Exception {
        fixture = new SmipFixture(invocation -> { }, SmipOptions.DEFAULTS, Runnable::run, false);
        RawPeer owner = RawPeer.connect(fixture, "token-a");
        SessionAccept accept = owner.openSession();
        RawPeer thief = RawPeer.connect(fixture, "token-b");
        thief.send(SmipFrames.SESSION_OPEN, SessionOpen.resume(accept.session(), 0L, null, null, null));
        assertEquals(SmipErrorCodes.RESUME_FORBIDDEN.value(), ((SessionReject) thief.next().message()).code());
        byte[] unknown = accept.session().clone();
        unknown[0] ^= 1;
        thief.send(SmipFrames.SESSION_OPEN, SessionOpen.resume(unknown, 0L, null, null, null));
        assertEquals(SmipErrorCodes.UNKNOWN_SESSION.value(), ((SessionReject) thief.next().message()).code());
    }

    @Test
    void aClientThatCannotResumeInTimeFailsItsPendingInvocations() throws Exception {
        fixture = new SmipFixture(invocation -> { }, FAST, Runnable::run, true);
        SmipClient client = fixture.open(null, FAST);
        Invocation pending = client.invoke(Payload.text("never answered"));
        fixture.proxy.close(); // cuts the connection and refuses new ones
        assertEquals(SmipErrorCodes.SESSION_EXPIRED, SmipInvocationTest.failure(pending).code());
        assertEquals(SessionState.EXPIRED, client.state());
        client.close();
    }

    @Test
    void heartbeatsKeepAnIdleSessionOpen() throws Exception {
        fixture = new SmipFixture(invocation -> invocation.complete(invocation.request()), FAST, Runnable::run,
                false);
        SmipClient client = fixture.open(null, FAST);
        Thread.sleep(1_500);
        assertEquals(SessionState.OPEN, client.state());
        assertEquals("ping", client.invoke(Payload.text("ping")).result().get(20, TimeUnit.SECONDS).bodyText());
        Thread.sleep(600);
        assertEquals(0, client.unacknowledged(), "acknowledged by ACK or HEARTBEAT");
        client.close();
    }

    private void awaitSessions(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (fixture.smip.sessionCount() != count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(count, fixture.smip.sessionCount());
    }
}
