package io.agentwire.a2a.push;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import io.agentwire.a2a.model.TaskPushNotificationConfig;
import io.agentwire.a2a.push.WebhookUrlRejectedException.Reason;

/**
 * Delivers one event to one webhook: attempt, classify the outcome, wait, attempt again, up to the limit. Nothing
 * here blocks a thread while waiting: requests are asynchronous and waits are timer tasks.
 */
final class DeliveryAttempts {
    private static final System.Logger LOG = System.getLogger(DeliveryAttempts.class.getName());
    static final String ABANDONED = "abandoned: the push sender was closed";

    /** What every delivery shares, owned by the {@link PushNotificationSender}. */
    static final class Context {
        final HttpClient http;
        final WebhookRequests requests;
        final RetryPolicy retry;
        final Duration attemptTimeout;
        final Executor workers;
        final ScheduledExecutorService timer;
        final BooleanSupplier closed;
        /** Deliveries not yet finished, so that closing the sender can finish them all. */
        final Set<DeliveryAttempts> active = ConcurrentHashMap.newKeySet();

        Context(HttpClient http, WebhookRequests requests, RetryPolicy retry, Duration attemptTimeout, Executor workers,
                ScheduledExecutorService timer, BooleanSupplier closed) {
            this.http = http;
            this.requests = requests;
            this.retry = retry;
            this.attemptTimeout = attemptTimeout;
            this.workers = workers;
            this.timer = timer;
            this.closed = closed;
        }
    }

    /** The outcome of one attempt. */
    private static final class Outcome {
        final int status;
        final String error; // null when delivered
        final boolean retryable;
        final String retryAfter;

        Outcome(int status, String error, boolean retryable, String retryAfter) {
            this.status = status;
            this.error = error;
            this.retryable = retryable;
            this.retryAfter = retryAfter;
        }
    }

    private final Context ctx;
    private final TaskPushNotificationConfig config;
    private final byte[] body;
    private final String taskId;
    private final String description;
    private final CompletableFuture<DeliveryResult> result = new CompletableFuture<>();
    private final AtomicInteger sentAttempts = new AtomicInteger();
    private volatile int lastStatus;
    private volatile CompletableFuture<?> inFlight;

    DeliveryAttempts(Context ctx, TaskPushNotificationConfig config, byte[] body, String taskId, String description) {
        this.ctx = ctx;
        this.config = config;
        this.body = body;
        this.taskId = taskId;
        this.description = description;
    }

    CompletableFuture<DeliveryResult> start() {
        ctx.active.add(this);
        attempt(1);
        return result;
    }

    /** Ends the delivery now (the sender is closing): aborts a request in flight, skips any further attempts. */
    void abandon() {
        CompletableFuture<?> request = inFlight;
        finish(DeliveryResult.failure(sentAttempts.get(), lastStatus, ABANDONED));
        if (request != null) {
            request.cancel(true);
        }
    }

    private void attempt(int attempt) {
        if (result.isDone()) {
            return;
        }
        if (ctx.closed.getAsBoolean()) {
            finish(DeliveryResult.failure(sentAttempts.get(), lastStatus, ABANDONED));
            return;
        }
        CompletableFuture<HttpRequest> request;
        try {
            // On a worker: the URL policy resolves the host, which blocks.
            request = CompletableFuture.supplyAsync(() -> ctx.requests.build(config, body, taskId), ctx.workers);
        } catch (RejectedExecutionException closing) {
            finish(DeliveryResult.failure(sentAttempts.get(), lastStatus, ABANDONED));
            return;
        }
        request.thenCompose(this::send)
                .handle((response, error) -> classify(response, error))
                .thenAccept(outcome -> next(attempt, outcome))
                .exceptionally(bug -> {
                    String what = "internal error: " + bug.getClass().getSimpleName();
                    finish(DeliveryResult.failure(sentAttempts.get(), lastStatus, what));
                    return null;
                });
    }

    private CompletableFuture<HttpResponse<Void>> send(HttpRequest request) {
        if (result.isDone()) {
            return CompletableFuture.failedFuture(new CancellationException());
        }
        sentAttempts.incrementAndGet();
        CompletableFuture<HttpResponse<Void>> response =
                ctx.http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        inFlight = response;
        if (result.isDone()) {
            response.cancel(true); // abandoned while this request was being built
        }
        // The request timeout covers the wait for the response headers; this also bounds a webhook that sends
        // headers and then stalls the body. Cancelling aborts the exchange (JDK 16+).
        ScheduledFuture<?> deadline;
        try {
            deadline = ctx.timer.schedule(() -> response.cancel(true), ctx.attemptTimeout.toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            response.cancel(true);
            return response;
        }
        return response.whenComplete((r, e) -> deadline.cancel(false));
    }

    private Outcome classify(HttpResponse<Void> response, Throwable error) {
        if (error == null) {
            int status = response.statusCode();
            if (status >= 200 && status <= 299) {
                return new Outcome(status, null, false, null);
            }
            String retryAfter = response.headers().firstValue("Retry-After").orElse(null);
            String why = status >= 300 && status <= 399 ? "HTTP " + status + " (redirects are not followed)"
                    : "HTTP " + status;
            return new Outcome(status, why, RetryPolicy.isRetryableStatus(status), retryAfter);
        }
        Throwable cause = unwrap(error);
        if (cause instanceof WebhookUrlRejectedException
                && ((WebhookUrlRejectedException) cause).reason() == Reason.UNRESOLVABLE_HOST) {
            return new Outcome(0, cause.getMessage(), true, null); // DNS failures are often transient
        }
        if (cause instanceof WebhookUrlRejectedException || cause instanceof InvalidPushConfigException) {
            // Our own checks: their messages name the rule or field, never the secret.
            return new Outcome(0, cause.getMessage(), false, null);
        }
        if (cause instanceof HttpTimeoutException || cause instanceof CancellationException) {
            return new Outcome(0, "timed out after " + ctx.attemptTimeout.toMillis() + " ms", true, null);
        }
        if (cause instanceof IOException) {
            // Connection refused or reset, TLS failure...: the exception type says what; JDK messages carry no secrets.
            String message = cause.getMessage();
            return new Outcome(0, cause.getClass().getSimpleName() + (message == null ? "" : ": " + message), true,
                    null);
        }
        return new Outcome(0, "internal error: " + cause.getClass().getSimpleName(), false, null);
    }

    private void next(int attempt, Outcome outcome) {
        inFlight = null;
        if (result.isDone()) {
            return; // abandoned meanwhile
        }
        lastStatus = outcome.status;
        if (outcome.error == null) {
            LOG.log(Level.DEBUG, "Push delivered on attempt {0} ({1}): HTTP {2}", attempt, description,
                    outcome.status);
            finish(DeliveryResult.success(sentAttempts.get(), outcome.status));
            return;
        }
        if (!outcome.retryable || attempt >= ctx.retry.maxAttempts() || ctx.closed.getAsBoolean()) {
            LOG.log(Level.WARNING, "Push delivery failed after {0} request(s) ({1}): {2}", sentAttempts.get(),
                    description, outcome.error);
            finish(DeliveryResult.failure(sentAttempts.get(), outcome.status, outcome.error));
            return;
        }
        Duration delay = ctx.retry.delayAfter(attempt, outcome.retryAfter, Instant.now());
        LOG.log(Level.DEBUG, "Push attempt {0} failed ({1}): {2}; retrying in {3} ms", attempt, description,
                outcome.error, delay.toMillis());
        try {
            ctx.timer.schedule(() -> attempt(attempt + 1), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            finish(DeliveryResult.failure(sentAttempts.get(), outcome.status, ABANDONED));
        }
    }

    private void finish(DeliveryResult r) {
        if (result.complete(r)) {
            ctx.active.remove(this);
        }
    }

    private static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
