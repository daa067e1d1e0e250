package io.agentwire.a2a.push;

import io.agentwire.a2a.json.ProtoJson;
import io.agentwire.a2a.model.StreamResponse;
import io.agentwire.a2a.model.TaskPushNotificationConfig;
import io.agentwire.a2a.server.PushDispatcher;
import io.agentwire.jsonrpc.peer.PeerExecutors;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Delivers task events to webhooks (specification section 4.3.3): {@code POST} of the event as a ProtoJSON
 * {@code StreamResponse} with {@code Content-Type: application/a2a+json}, the configured
 * {@code Authorization: <scheme> <credentials>}, and the config's token in {@code X-A2A-Notification-Token} (1.0.1
 * dropped that header from the text, but receivers built on the SDKs still check it). Each webhook gets its events
 * one at a time and in order; failures (connection errors, timeouts, 429, 5xx) are retried with exponential backoff
 * and jitter, honouring {@code Retry-After}; other 4xx are final. Redirects are not followed, so the
 * {@link WebhookUrlPolicy} checked before every delivery cannot be bypassed. A webhook that stops answering holds
 * at most {@code maxQueued} events: the oldest is dropped (and counted) to bound memory. Credentials are never logged.
 */
public final class PushNotificationSender implements PushDispatcher {
    private static final System.Logger LOG = System.getLogger(PushNotificationSender.class.getName());
    private static final String CONTENT_TYPE = "application/a2a+json";
    private static final long MAX_RETRY_AFTER_MILLIS = 30_000;

    private final WebhookUrlPolicy policy;
    private final HttpClient http;
    private final Executor workers;
    private final Duration attemptTimeout;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final int maxQueued;
    private final Map<String, WebhookQueue> queues = new ConcurrentHashMap<>();
    private final AtomicLong dropped = new AtomicLong();

    private PushNotificationSender(Builder builder) {
        this.policy = builder.policy;
        this.attemptTimeout = builder.attemptTimeout;
        this.maxAttempts = builder.maxAttempts;
        this.initialBackoff = builder.initialBackoff;
        this.maxQueued = builder.maxQueued;
        this.workers = builder.workers;
        this.http = HttpClient.newBuilder().connectTimeout(builder.attemptTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static Builder builder(WebhookUrlPolicy policy) {
        return new Builder(policy);
    }

    /** The policy, for checking webhook URLs when they are registered. */
    public WebhookUrlPolicy policy() {
        return policy;
    }

    /** Events dropped because a webhook's queue was full. */
    public long droppedEvents() {
        return dropped.get();
    }

    @Override
    public void dispatch(List<TaskPushNotificationConfig> configs, StreamResponse event) {
        for (TaskPushNotificationConfig config : configs) {
            String key = config.getTaskId() + "\u0000" + config.getId();
            queues.computeIfAbsent(key, k -> new WebhookQueue(k, config)).offer(event);
        }
    }

    /** One delivery with its retries, on the calling thread's behalf but run on the worker pool. */
    public CompletableFuture<DeliveryResult> deliver(TaskPushNotificationConfig config, StreamResponse event) {
        return CompletableFuture.supplyAsync(() -> deliverNow(config, event), workers);
    }

    DeliveryResult deliverNow(TaskPushNotificationConfig config, StreamResponse event) {
        try {
            policy.check(config.getUrl());
        } catch (IllegalArgumentException refused) {
            return new DeliveryResult(false, 0, 0, "refused: " + refused.getMessage());
        }
        HttpRequest request = request(config, ProtoJson.printBytes(event));
        int status = 0;
        String error = "";
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            long retryAfter = -1;
            try {
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return new DeliveryResult(true, attempt, status, "");
                }
                error = "HTTP " + status;
                if (status != 429 && status < 500) {
                    return new DeliveryResult(false, attempt, status, error); // the webhook refuses: retrying will not help
                }
                retryAfter = retryAfterMillis(response);
            } catch (IOException e) {
                status = 0;
                error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new DeliveryResult(false, attempt, status, "interrupted");
            }
            if (attempt < maxAttempts && !sleep(retryAfter >= 0 ? retryAfter : backoffMillis(attempt))) {
                return new DeliveryResult(false, attempt, status, "interrupted");
            }
        }
        return new DeliveryResult(false, maxAttempts, status, error);
    }

    private HttpRequest request(TaskPushNotificationConfig config, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.getUrl())).timeout(attemptTimeout)
                .header("Content-Type", CONTENT_TYPE).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (config.hasAuthentication() && !config.getAuthentication().getScheme().isEmpty()) {
            String credentials = config.getAuthentication().getCredentials();
            request.header("Authorization", config.getAuthentication().getScheme()
                    + (credentials.isEmpty() ? "" : " " + credentials));
        }
        if (!config.getToken().isEmpty()) {
            request.header("X-A2A-Notification-Token", config.getToken());
        }
        return request.build();
    }

    private long backoffMillis(int attempt) {
        long base = initialBackoff.toMillis() << Math.min(attempt - 1, 10);
        return base + ThreadLocalRandom.current().nextLong(base / 2 + 1);
    }

    private static long retryAfterMillis(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(value -> {
            try {
                return Math.min(MAX_RETRY_AFTER_MILLIS, Long.parseLong(value.trim()) * 1000);
            } catch (NumberFormatException dateForm) {
                return -1L; // an HTTP date: fall back to our own backoff
            }
        }).orElse(-1L);
    }

    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The events waiting for one webhook, sent one at a time by at most one worker. */
    private final class WebhookQueue {
        private final String key;
        private final TaskPushNotificationConfig config;
        private final ArrayDeque<StreamResponse> pending = new ArrayDeque<>();
        private boolean draining;

        WebhookQueue(String key, TaskPushNotificationConfig config) {
            this.key = key;
            this.config = config;
        }

        synchronized void offer(StreamResponse event) {
            if (pending.size() >= maxQueued) {
                pending.pollFirst();
                dropped.incrementAndGet();
                LOG.log(System.Logger.Level.WARNING, "Webhook for task " + config.getTaskId()
                        + " is not keeping up; dropped its oldest queued event");
            }
            pending.addLast(event);
            if (!draining) {
                draining = true;
                workers.execute(this::drain);
            }
        }

        private void drain() {
            while (true) {
                StreamResponse next;
                synchronized (this) {
                    next = pending.pollFirst();
                    if (next == null) {
                        draining = false;
                        queues.remove(key, this);
                        return;
                    }
                }
                DeliveryResult result = deliverNow(config, next);
                if (!result.delivered()) {
                    LOG.log(System.Logger.Level.WARNING, "Push notification for task " + config.getTaskId()
                            + " not delivered after " + result.attempts() + " attempt(s): " + result.lastError());
                }
            }
        }
    }

    /** Settings of a sender; only the policy is required. */
    public static final class Builder {
        private final WebhookUrlPolicy policy;
        private Duration attemptTimeout = Duration.ofSeconds(10);
        private int maxAttempts = 4;
        private Duration initialBackoff = Duration.ofMillis(250);
        private int maxQueued = 256;
        private Executor workers = PeerExecutors.defaultHandlerExecutor();

        private Builder(WebhookUrlPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
        }

        /** Per request, connection included (default 10 s; the specification suggests 10 to 30). */
        public Builder attemptTimeout(Duration value) {
            this.attemptTimeout = Objects.requireNonNull(value);
            return this;
        }

        public Builder maxAttempts(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1");
            }
            this.maxAttempts = value;
            return this;
        }

        /** The first retry's delay; each further retry doubles it, plus up to 50% jitter. */
        public Builder initialBackoff(Duration value) {
            this.initialBackoff = Objects.requireNonNull(value);
            return this;
        }

        /** Events held per webhook while it is slow; beyond that the oldest is dropped. */
        public Builder maxQueued(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxQueued must be at least 1");
            }
            this.maxQueued = value;
            return this;
        }

        public Builder workers(Executor value) {
            this.workers = Objects.requireNonNull(value);
            return this;
        }

        public PushNotificationSender build() {
            return new PushNotificationSender(this);
        }
    }
}
