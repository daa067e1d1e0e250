package io.agentwire.aonp.smip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.agentwire.aonp.smip.session.ReceiveWindow;
import io.agentwire.aonp.smip.session.SendWindow;
import io.agentwire.aonp.smip.wire.SmipErrorCodes;
import io.agentwire.aonp.wire.AonpProtocolException;

/** Sequence numbers, cumulative acknowledgements, dedup and retransmission order (spec §4). */
class SmipWindowTest {
    private static final byte[] PAYLOAD = {1};

    @Test
    void receiverProcessesEachNumberOnceAndRefusesGaps() {
        ReceiveWindow in = new ReceiveWindow(4);
        assertTrue(in.accept(1));
        assertTrue(in.accept(2));
        assertFalse(in.accept(2), "duplicate");
        assertFalse(in.accept(1), "old duplicate");
        assertEquals(2, in.received());
        assertEquals(SmipErrorCodes.BAD_SEQUENCE,
                assertThrows(AonpProtocolException.class, () -> in.accept(4)).code());
    }

    @Test
    void receiverEnforcesTheWindowFromItsLastAcknowledgement() {
        ReceiveWindow in = new ReceiveWindow(2);
        assertTrue(in.accept(1));
        assertTrue(in.ackUrgent());
        assertTrue(in.accept(2));
        assertEquals(SmipErrorCodes.WINDOW_EXCEEDED,
                assertThrows(AonpProtocolException.class, () -> in.accept(3)).code());
        assertEquals(2, in.takeAck());
        assertFalse(in.needsAck());
        assertTrue(in.accept(3));
    }

    @Test
    void senderRespectsThePeerWindowAndForgetsAcknowledgedFrames() {
        SendWindow out = new SendWindow();
        for (int i = 0; i < 5; i++) {
            out.append(0x26, PAYLOAD);
        }
        assertEquals(1, out.poll(2).seq());
        assertEquals(2, out.poll(2).seq());
        assertNull(out.poll(2), "window of two is full");
        out.acknowledge(1);
        assertEquals(3, out.poll(2).seq());
        assertEquals(4, out.unacknowledged());
        assertEquals(SmipErrorCodes.BAD_SEQUENCE,
                assertThrows(AonpProtocolException.class, () -> out.acknowledge(4)).code());
        out.acknowledge(0);
        assertEquals(1, out.acked(), "an older acknowledgement changes nothing");
    }

    @Test
    void rewindRetransmitsEverythingUnacknowledgedInOrder() {
        SendWindow out = new SendWindow();
        for (int i = 0; i < 4; i++) {
            out.append(0x26, PAYLOAD);
        }
        out.poll(10);
        out.poll(10);
        out.poll(10);
        out.rewind();
        out.acknowledge(1);
        assertEquals(2, out.poll(10).seq());
        assertEquals(3, out.poll(10).seq());
        assertEquals(4, out.poll(10).seq());
        assertNull(out.poll(10));
    }
}
