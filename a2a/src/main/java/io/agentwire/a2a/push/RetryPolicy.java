package io.agentwire.a2a.push;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Decides whether a failed attempt is worth repeating and how long to wait first. Exponential backoff with "equal
 * jitter" (half fixed, half random) keeps a floor under the wait while spreading out retries from many tasks whose
 * webhook failed at the same moment.
 */
final class RetryPolicy {
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration maxRetryAfter;

    RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.maxRetryAfter = maxRetryAfter;
    }

    int maxAttempts() {
        return maxAttempts;
    }

    /**
     * 429 and 5xx say "not now"; any other 4xx says the request itself is wrong and will fail again. 3xx is not
     * retryable either: redirects are never followed, so the SSRF guard cannot be bypassed by a redirect.
     */
    static boolean isRetryableStatus(int status) {
        return status == 429 || (status >= 500 && status <= 599);
    }

    /**
     * The wait before attempt {@code failedAttempt + 1}: the server's {@code Retry-After} if it sent a usable one
     * (capped, so a webhook cannot park a delivery lane for hours), otherwise jittered exponential backoff.
     */
    Duration delayAfter(int failedAttempt, String retryAfterHeader, Instant now) {
        Optional<Duration> asked = parseRetryAfter(retryAfterHeader, now);
        if (asked.isPresent()) {
            return asked.get().compareTo(maxRetryAfter) > 0 ? maxRetryAfter : asked.get();
        }
        return backoff(failedAttempt);
    }

    Duration backoff(int failedAttempt) {
        long initial = Math.max(1, initialBackoff.toMillis());
        int shift = Math.min(failedAttempt - 1, 30); // no overflow however many attempts are configured
        long exp = Math.min(maxBackoff.toMillis(), initial << shift);
        long half = exp / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(exp - half + 1));
    }

    /** RFC 9110 §10.2.3: delay-seconds or an HTTP-date; anything else is ignored. */
    static Optional<Duration> parseRetryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        if (v.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
            } catch (NumberFormatException tooLong) {
                return Optional.of(Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L)); // the cap applies
            }
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(now, at);
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
