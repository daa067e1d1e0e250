package io.agentwire.aonp.m2tp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.agentwire.aonp.wire.ErrorCode;

/**
 * A receiver that keeps only a running SHA-256 of each message's content, and the verdicts, for tests. The
 * SHA-256 is the test's own content check, whatever digest M2TP verified (that one is in the {@link Delivery}).
 */
final class DigestReceiver implements MessageReceiver {
    /** One finished message as the receiving application saw it. */
    record Result(MessageInfo info, byte[] contentSha256, long size, ErrorCode failure, Delivery delivery) {
        /** Asserts that both sides agree the message was verified with {@code algorithm} as {@code expected}. */
        void assertVerified(DigestAlgorithm algorithm, byte[] expected, Delivery sent) {
            assertNull(failure, "the message was delivered");
            assertEquals(algorithm, sent.digestAlgorithm(), "the sender's algorithm");
            assertArrayEquals(expected, sent.digest(), "the sender's digest");
            assertEquals(algorithm, delivery.digestAlgorithm(), "the receiver's algorithm");
            assertArrayEquals(expected, delivery.digest(), "the digest the receiver verified");
        }
    }

    final BlockingQueue<Result> results = new LinkedBlockingQueue<>();

    @Override
    public MessageSink open(MessageInfo info) {
        MessageDigest digest = TestData.newSha256();
        long[] size = {0};
        return new MessageSink() {
            @Override
            public void chunk(ByteBuffer data) {
                size[0] += data.remaining();
                digest.update(data);
            }

            @Override
            public void complete(Delivery delivery) {
                results.add(new Result(info, digest.digest(), size[0], null, delivery));
            }

            @Override
            public void failed(ErrorCode code, String reason) {
                results.add(new Result(info, null, size[0], code, null));
            }
        };
    }

    Result next() throws InterruptedException {
        Result result = results.poll(60, TimeUnit.SECONDS);
        if (result == null) {
            throw new AssertionError("no message within 60 s");
        }
        return result;
    }
}
