package io.agentwire.a2a.push;

import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import io.agentwire.a2a.compat.V03Webhooks;
import io.agentwire.a2a.model.StreamResponse;
import io.agentwire.a2a.model.TaskPushNotificationConfig;

/**
 * Delivers A2A push notifications: {@code POST}s each {@link StreamResponse} to the webhook of a
 * {@link TaskPushNotificationConfig} (A2A 1.0.1 §4.3.3, §13.2).
 *
 * <h2>Request</h2>
 * {@code Content-Type: application/a2a+json}, the event as compact ProtoJSON (the HTTP+JSON binding's form,
 * whatever binding the task came in on), {@code Authorization: <scheme> <credentials>} from the config's
 * {@code authentication}, {@code X-A2A-Notification-Token} from its {@code token} (not in the 1.0.1 spec, but the
 * official SDKs still send it), and, with a {@link PushJwtSigner}, a signed JWT: in {@code Authorization:
 * Bearer} if the config has no authentication, otherwise in {@code X-A2A-Push-JWT}.
 *
 * <h2>Outcome</h2>
 * A 2xx response means delivered. Connection errors, failed DNS lookups, timeouts, 5xx and 429 are retried with
 * jittered exponential backoff (a {@code Retry-After} in seconds or as a date is honoured, up to
 * {@link Builder#maxRetryAfter}); other 4xx are final. Redirects are never followed (a 3xx is a final failure):
 * following one would let a webhook send the agent to an address the SSRF guard refused. Each attempt has its own
 * timeout. Every delivery ends within roughly {@code maxAttempts × (attemptTimeout + backoff or Retry-After cap)}.
 *
 * <h2>Order and memory</h2>
 * Deliveries for one config (same tenant, task, config id and URL) go out one at a time, in the order
 * {@code deliver} was called, retries included; different configs proceed independently. Each config has a bounded
 * queue ({@link Builder#queueCapacity}); when it is full the <em>oldest waiting</em> delivery is dropped (its
 * future completes not delivered, {@code attempts == 0}, error starting with "dropped") and a warning is logged.
 *
 * <h2>SSRF</h2>
 * The {@link WebhookUrlPolicy} is applied before every attempt, before any connection is made. Call
 * {@link #validate} when a config is created too, so a bad URL is refused to the client rather than failing later.
 *
 * <h2>Secrets</h2>
 * Logs and {@link DeliveryResult} errors name the task, the config id and the webhook host only: never
 * credentials, tokens, JWTs, or the URL's path and query (many webhook URLs embed a secret there).
 *
 * <p>Thread-safe. {@link #close()} abandons queued and retrying deliveries (their futures complete, not
 * delivered).
 */
public final class PushNotificationSender implements AutoCloseable {
    private final WebhookRequests requests;
    private final DeliveryLanes lanes;
    private final DeliveryAttempts.Context context;
    private final ExecutorService workers;
    private final ScheduledThreadPoolExecutor timer;
    private volatile boolean closed;

    private PushNotificationSender(Builder b) {
        this.workers = Executors.newCachedThreadPool(daemonThreads("a2a-push-worker-"));
        this.timer = new ScheduledThreadPoolExecutor(1, daemonThreads("a2a-push-timer-"));
        timer.setRemoveOnCancelPolicy(true); // most attempt deadlines are cancelled; do not let them pile up
        HttpClient.Builder http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                // HTTP/1.1: one small POST at a time needs nothing more, and every webhook endpoint speaks it
                // (no h2c upgrade headers on plain http).
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(b.attemptTimeout);
        if (b.proxy != null) {
            http.proxy(b.proxy);
        }
        this.requests = new WebhookRequests(b.urlPolicy, b.attemptTimeout, b.signer);
        RetryPolicy retry = new RetryPolicy(b.maxAttempts, b.initialBackoff, b.maxBackoff, b.maxRetryAfter);
        this.context = new DeliveryAttempts.Context(http.build(), requests, retry, b.attemptTimeout, workers, timer,
                () -> closed);
        this.lanes = new DeliveryLanes(b.queueCapacity, workers);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks a config as it is created ({@code CreateTaskPushNotificationConfig}, or a config in
     * {@code SendMessageConfiguration}): the webhook URL against the policy (resolving its host), and that the
     * authentication and token can be sent as HTTP headers.
     *
     * @throws WebhookUrlRejectedException if the URL policy refuses the URL (the message names the rule)
     * @throws IllegalArgumentException    if the authentication or token is unusable (the message names the field)
     */
    public void validate(TaskPushNotificationConfig config) {
        requests.validate(Objects.requireNonNull(config, "config"));
    }

    /**
     * Queues {@code event} for delivery to {@code config}'s webhook. Never throws for delivery problems: the
     * future always completes normally, with the outcome.
     *
     * <p>A config registered by a 0.3 client ({@link V03Webhooks}) gets the event in 0.3 form instead, as
     * {@code application/json}; the server hands such configs the whole task, which is what 0.3 receivers expect.
     *
     * @throws IllegalArgumentException if the event has no payload
     */
    public CompletableFuture<DeliveryResult> deliver(TaskPushNotificationConfig config, StreamResponse event) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(event, "event");
        String eventTaskId = StreamEvents.taskId(event);
        String taskId = eventTaskId.isEmpty() ? config.getTaskId() : eventTaskId;
        byte[] body = V03Webhooks.marked(config) ? V03Webhooks.body(event) : StreamEvents.protoJson(event);
        if (closed) {
            return CompletableFuture.completedFuture(DeliveryResult.notAttempted(DeliveryAttempts.ABANDONED));
        }
        String description = "task " + taskId + ", config " + config.getId() + ", host " + hostOf(config.getUrl());
        DeliveryLanes.Job job = new DeliveryLanes.Job(description,
                () -> new DeliveryAttempts(context, config, body, taskId, description).start());
        return lanes.submit(LaneKey.of(config), job);
    }

    /**
     * Stops: waiting deliveries complete as dropped, retrying and in-flight ones as abandoned; later
     * {@link #deliver} calls complete at once, not delivered.
     */
    @Override
    public void close() {
        closed = true;
        lanes.dropWaiting(DeliveryAttempts.ABANDONED);
        for (DeliveryAttempts delivery : context.active) {
            delivery.abandon();
        }
        timer.shutdownNow();
        workers.shutdown();
    }

    /** Host only: the path and query of a webhook URL may hold a secret. */
    private static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "(invalid URL)" : host;
        } catch (IllegalArgumentException e) {
            return "(invalid URL)";
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** What makes two configs the same lane: a config is identified within its task and tenant. */
    private record LaneKey(String tenant, String taskId, String configId, String url) {
        static LaneKey of(TaskPushNotificationConfig c) {
            return new LaneKey(c.getTenant(), c.getTaskId(), c.getId(), c.getUrl());
        }
    }

    /** Configures a {@link PushNotificationSender}. */
    public static final class Builder {
        private WebhookUrlPolicy urlPolicy = WebhookUrlPolicy.strict();
        private Duration attemptTimeout = Duration.ofSeconds(10);
        private int maxAttempts = 4;
        private Duration initialBackoff = Duration.ofSeconds(1);
        private Duration maxBackoff = Duration.ofSeconds(30);
        private Duration maxRetryAfter = Duration.ofSeconds(60);
        private int queueCapacity = 100;
        private PushJwtSigner signer;
        private ProxySelector proxy;

        private Builder() {
        }

        /** The SSRF guard. Default {@link WebhookUrlPolicy#strict()}: https and public addresses only. */
        public Builder urlPolicy(WebhookUrlPolicy policy) {
            this.urlPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Time allowed for one attempt: connecting, and receiving the whole response. Default 10 s, the low end of
         * the spec's 10–30 s recommendation, because retries follow.
         */
        public Builder attemptTimeout(Duration timeout) {
            this.attemptTimeout = positive(timeout, "attemptTimeout");
            return this;
        }

        /** Attempts per delivery, the first included. Default 4. */
        public Builder maxAttempts(int attempts) {
            if (attempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1");
            }
            this.maxAttempts = attempts;
            return this;
        }

        /**
         * Backoff before the second attempt; it doubles per attempt up to {@code max}, and the actual wait is
         * between half and all of it. Defaults 1 s and 30 s.
         */
        public Builder backoff(Duration initial, Duration max) {
            this.initialBackoff = positive(initial, "initial backoff");
            this.maxBackoff = positive(max, "max backoff");
            if (max.compareTo(initial) < 0) {
                throw new IllegalArgumentException("max backoff is shorter than the initial backoff");
            }
            return this;
        }

        /** Longest {@code Retry-After} honoured; longer requests wait this long. Default 60 s. */
        public Builder maxRetryAfter(Duration max) {
            if (max.isNegative()) {
                throw new IllegalArgumentException("maxRetryAfter must not be negative");
            }
            this.maxRetryAfter = max;
            return this;
        }

        /** Deliveries that may wait per config behind the one in flight. Default 100. */
        public Builder queueCapacity(int capacity) {
            if (capacity < 1) {
                throw new IllegalArgumentException("queueCapacity must be at least 1");
            }
            this.queueCapacity = capacity;
            return this;
        }

        /** Signs every request with a JWT. Default none. */
        public Builder signer(PushJwtSigner signer) {
            this.signer = signer;
            return this;
        }

        /**
         * Sends webhooks through an (egress) proxy, e.g. one that enforces the same address rules at connect time
         * and so closes the DNS-rebinding window. The URL policy still runs here first. Default: direct.
         */
        public Builder proxy(ProxySelector proxy) {
            this.proxy = proxy;
            return this;
        }

        public PushNotificationSender build() {
            return new PushNotificationSender(this);
        }

        private static Duration positive(Duration d, String what) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(what + " must be positive");
            }
            return d;
        }
    }
}
