package io.agentwire.aonp.smip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.agentwire.aonp.smip.wire.Ack;
import io.agentwire.aonp.smip.wire.Input;
import io.agentwire.aonp.smip.wire.Invoke;
import io.agentwire.aonp.smip.wire.SessionOpen;
import io.agentwire.aonp.smip.wire.SmipErrorCodes;
import io.agentwire.aonp.smip.wire.SmipFrames;
import io.agentwire.aonp.wire.ErrorCode;
import io.agentwire.aonp.wire.ErrorCodes;

/** Frames that break the rules close the connection with the SMIP code the spec assigns, and end the session. */
@Timeout(60)
class SmipMalformedTest {
    private static final byte[] BODY = {'x'};
    private SmipFixture fixture;

    @BeforeEach
    void start() throws Exception {
        // the service never answers, so invocations stay active
        fixture = new SmipFixture(invocation -> { }, SmipOptions.DEFAULTS, Runnable::run, false);
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void invokeBeforeSessionOpenIsSessionNotOpen() throws Exception {
        RawPeer peer = RawPeer.connect(fixture, null);
        peer.send(SmipFrames.INVOKE, new Invoke(1L, 1L, "text/plain", BODY, null, null, null));
        assertEquals(SmipErrorCodes.SESSION_NOT_OPEN, peer.closeCode());
    }

    @Test
    void missingContentTypeIsMalformed() throws Exception {
        assertClosesSession(SmipErrorCodes.MALFORMED_MESSAGE, peer -> {
            peer.send(SmipFrames.INVOKE, Map.of("seq", 1, "id", 1, "body", BODY));
        });
    }

    @Test
    void missingSequenceNumberIsMalformed() throws Exception {
        assertClosesSession(SmipErrorCodes.MALFORMED_MESSAGE, peer -> {
            peer.send(SmipFrames.CANCEL, Map.of("id", 1));
        });
    }

    @Test
    void aSequenceGapIsBadSequence() throws Exception {
        assertClosesSession(SmipErrorCodes.BAD_SEQUENCE, peer -> {
            peer.send(SmipFrames.INVOKE, new Invoke(1L, 1L, "text/plain", BODY, null, null, null));
            peer.send(SmipFrames.INVOKE, new Invoke(3L, 2L, "text/plain", BODY, null, null, null));
        });
    }

    @Test
    void acknowledgingFramesNeverSentIsBadSequence() throws Exception {
        assertClosesSession(SmipErrorCodes.BAD_SEQUENCE, peer -> {
            peer.send(SmipFrames.ACK, new Ack(5L));
        });
    }

    @Test
    void aDuplicateIsDroppedButAReusedInvocationIdIsUnknownInvocation() throws Exception {
        assertClosesSession(SmipErrorCodes.UNKNOWN_INVOCATION, peer -> {
            peer.send(SmipFrames.INVOKE, new Invoke(1L, 1L, "text/plain", BODY, null, null, null));
            peer.send(SmipFrames.INVOKE, new Invoke(1L, 1L, "text/plain", BODY, null, null, null));
            peer.send(SmipFrames.INVOKE, new Invoke(2L, 1L, "text/plain", BODY, null, null, null));
        });
    }

    @Test
    void inputForAnInvocationNeverOpenedIsUnknownInvocation() throws Exception {
        assertClosesSession(SmipErrorCodes.UNKNOWN_INVOCATION, peer -> {
            peer.send(SmipFrames.INPUT, new Input(1L, 9L, "text/plain", BODY, null));
        });
    }

    @Test
    void inputWhileWorkingIsAnInvalidTransition() throws Exception {
        assertClosesSession(SmipErrorCodes.INVALID_TRANSITION, peer -> {
            peer.send(SmipFrames.INVOKE, new Invoke(1L, 1L, "text/plain", BODY, null, null, null));
            peer.send(SmipFrames.INPUT, new Input(2L, 1L, "text/plain", BODY, null));
        });
    }

    @Test
    void aSecondSessionOpenIsSessionAlreadyOpen() throws Exception {
        assertClosesSession(SmipErrorCodes.SESSION_ALREADY_OPEN, peer -> {
            peer.send(SmipFrames.SESSION_OPEN, SessionOpen.fresh(null, null, null));
        });
    }

    @Test
    void anUnknownTypeInTheSmipRangeIsUnknownFrameType() throws Exception {
        assertClosesSession(ErrorCodes.UNKNOWN_FRAME_TYPE, peer -> {
            peer.send(0x2F, Map.of("seq", 1));
        });
    }

    @Test
    void aServerFrameFromTheClientIsAProtocolViolation() throws Exception {
        assertClosesSession(ErrorCodes.PROTOCOL_VIOLATION, peer -> {
            peer.send(SmipFrames.RESULT, new io.agentwire.aonp.smip.wire.Result(1L, 1L, "text/plain", BODY, null));
        });
    }

    /** Opens a session on a raw connection, lets {@code misbehave} send, and expects CLOSE with {@code code}. */
    private void assertClosesSession(ErrorCode code, Consumer<RawPeer> misbehave) throws InterruptedException {
        RawPeer peer = RawPeer.connect(fixture, null);
        peer.openSession();
        misbehave.accept(peer);
        assertEquals(code, peer.closeCode());
        awaitNoSessions();
    }

    private void awaitNoSessions() throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (fixture.smip.sessionCount() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(0, fixture.smip.sessionCount());
    }
}
