package io.agentwire.a2a.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private final RetryPolicy policy =
            new RetryPolicy(4, Duration.ofMillis(100), Duration.ofMillis(1000), Duration.ofSeconds(60));

    @Test
    void backoffDoublesWithJitterBetweenHalfAndAllUpToTheCap() {
        long[] full = {100, 200, 400, 800, 1000, 1000};
        for (int attempt = 1; attempt <= full.length; attempt++) {
            for (int i = 0; i < 200; i++) {
                long ms = policy.backoff(attempt).toMillis();
                long max = full[attempt - 1];
                assertTrue(ms >= max / 2 && ms <= max, "attempt " + attempt + ": " + ms + " ms");
            }
        }
        assertTrue(policy.backoff(1000).toMillis() <= 1000, "no overflow for absurd attempt numbers");
    }

    @Test
    void onlyTooManyRequestsAndServerErrorsAreRetryable() {
        assertTrue(RetryPolicy.isRetryableStatus(429));
        assertTrue(RetryPolicy.isRetryableStatus(500));
        assertTrue(RetryPolicy.isRetryableStatus(503));
        assertTrue(RetryPolicy.isRetryableStatus(599));
        for (int status : new int[] {301, 302, 307, 400, 401, 403, 404, 408, 410, 413, 422}) {
            assertFalse(RetryPolicy.isRetryableStatus(status), "HTTP " + status);
        }
    }

    @Test
    void retryAfterAcceptsSecondsAndHttpDates() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        assertEquals(Optional.of(Duration.ofSeconds(7)), RetryPolicy.parseRetryAfter(" 7 ", now));
        assertEquals(Optional.of(Duration.ofSeconds(90)),
                RetryPolicy.parseRetryAfter("Thu, 01 Jan 2026 00:01:30 GMT", now));
        assertEquals(Optional.of(Duration.ZERO), RetryPolicy.parseRetryAfter("Wed, 31 Dec 2025 23:00:00 GMT", now));
        assertEquals(Optional.empty(), RetryPolicy.parseRetryAfter("soon", now));
        assertEquals(Optional.empty(), RetryPolicy.parseRetryAfter("-5", now));
        assertEquals(Optional.empty(), RetryPolicy.parseRetryAfter(null, now));
    }

    @Test
    void retryAfterWinsOverBackoffButIsCapped() {
        Instant now = Instant.now();
        assertEquals(Duration.ofSeconds(3), policy.delayAfter(1, "3", now));
        assertEquals(Duration.ofSeconds(60), policy.delayAfter(1, "86400", now));
        assertEquals(Duration.ofSeconds(60), policy.delayAfter(1, "99999999999999999999999", now));
        assertTrue(policy.delayAfter(1, "garbage", now).toMillis() <= 100);
    }
}
