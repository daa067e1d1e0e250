package io.agentwire.jsonrpc.peer;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import io.agentwire.jsonrpc.JsonRpcException;
import io.agentwire.jsonrpc.model.JsonRpcErrorResponse;
import io.agentwire.jsonrpc.model.JsonRpcId;
import io.agentwire.jsonrpc.model.JsonRpcRequest;
import io.agentwire.jsonrpc.model.JsonRpcResponse;
import io.agentwire.jsonrpc.model.JsonRpcResult;
import tools.jackson.databind.JsonNode;

/**
 * The calling half of a peer: assigns ids, keeps the table of pending requests, and settles each exactly once,
 * by its response, its timeout, its cancellation or the peer's close.
 *
 * <p>Whoever removes a request from the table owns its settlement; every path removes first and completes
 * second, so the paths can race freely. Futures are completed on the executor, never on the transport thread
 * that delivered the response, so that callers' continuations cannot stall I/O.
 */
final class OutboundCalls {
    private static final System.Logger LOG = System.getLogger(OutboundCalls.class.getName());

    private final JsonRpcPeer peer;
    private final Executor executor;
    private final ScheduledExecutorService scheduler;
    private final Duration defaultTimeout;
    private final CancellationNotifier cancellationNotifier;
    private final UnmatchedResponseListener unmatchedResponseListener;
    private final ProgressRouter progress;
    private final Map<JsonRpcId, Pending> pending = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(1);

    OutboundCalls(JsonRpcPeer peer, Executor executor, ScheduledExecutorService scheduler, Duration defaultTimeout,
            CancellationNotifier cancellationNotifier, UnmatchedResponseListener unmatchedResponseListener,
            ProgressRouter progress) {
        this.peer = peer;
        this.executor = executor;
        this.scheduler = scheduler;
        this.defaultTimeout = defaultTimeout;
        this.cancellationNotifier = cancellationNotifier;
        this.unmatchedResponseListener = unmatchedResponseListener;
        this.progress = progress;
    }

    CompletableFuture<JsonNode> send(OutboundRequest spec) {
        if (peer.isClosed()) {
            return CompletableFuture.failedFuture(peer.closedException());
        }
        Pending call;
        try {
            call = enter(spec);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        call.future.whenComplete((result, error) -> onCallerCompletion(call, error));
        startTimer(call, spec.timeout() == null ? defaultTimeout : spec.timeout());
        if (peer.isClosed()) {
            // close() may have swept the table before we joined it.
            settle(call, f -> f.completeExceptionally(peer.closedException()));
            return call.future;
        }
        try {
            peer.send(call.request, spec.relatedTo());
        } catch (RuntimeException e) {
            settle(call, f -> f.completeExceptionally(e));
        }
        return call.future;
    }

    /** Puts the request into the table under a free id, with its progress listener registered. */
    private Pending enter(OutboundRequest spec) {
        Registration progressRegistration = spec.progressToken() == null
                ? null
                : progress.register(spec.progressToken(), spec.progressListener());
        try {
            if (spec.id() != null) {
                Pending call = new Pending(new JsonRpcRequest(spec.id(), spec.method(), spec.params()), progressRegistration);
                if (pending.putIfAbsent(spec.id(), call) != null) {
                    throw new IllegalArgumentException("Request id " + spec.id() + " is already pending");
                }
                return call;
            }
            while (true) {
                // Skips numbers a caller took explicitly for a request still pending.
                JsonRpcId id = JsonRpcId.of(nextId.getAndIncrement());
                Pending call = new Pending(new JsonRpcRequest(id, spec.method(), spec.params()), progressRegistration);
                if (pending.putIfAbsent(id, call) == null) {
                    return call;
                }
            }
        } catch (RuntimeException e) {
            if (progressRegistration != null) {
                progressRegistration.close();
            }
            throw e;
        }
    }

    private void startTimer(Pending call, Duration timeout) {
        if (timeout.isZero()) {
            return;
        }
        // The timer thread is shared by all peers: hand the work (which runs the notifier) to the executor.
        call.timer = scheduler.schedule(() -> PeerExecutors.executeOrRun(executor, () -> expire(call, timeout)),
                timeout.toNanos(), TimeUnit.NANOSECONDS);
        if (call.future.isDone()) {
            call.timer.cancel(false); // answered before the timer was stored, so cleanup could not cancel it
        }
    }

    void complete(JsonRpcResponse response) {
        Pending call = response.id() == null ? null : pending.remove(response.id());
        if (call == null) {
            reportUnmatched(response);
            return;
        }
        call.cleanup();
        if (response instanceof JsonRpcResult result) {
            completeOnExecutor(call, f -> f.complete(result.result()));
        } else {
            JsonRpcErrorResponse error = (JsonRpcErrorResponse) response;
            completeOnExecutor(call, f -> f.completeExceptionally(new JsonRpcException(error.error(), error.id(), null)));
        }
    }

    boolean cancel(JsonRpcId id, String reason) {
        Pending call = pending.remove(id);
        if (call == null) {
            return false;
        }
        call.cleanup();
        notifyCancelled(call, reason);
        call.future.completeExceptionally(new CancellationException(reason == null ? "Request cancelled" : reason));
        return true;
    }

    void failAll(Throwable cause) {
        pending.values().forEach(call -> {
            if (pending.remove(call.request.id(), call)) {
                call.cleanup();
                completeOnExecutor(call, f -> f.completeExceptionally(cause));
            }
        });
    }

    int pendingCount() {
        return pending.size();
    }

    private void expire(Pending call, Duration timeout) {
        if (!pending.remove(call.request.id(), call)) {
            return;
        }
        call.cleanup();
        // Tell the remote side first, so a caller retrying on the timeout does not overtake the cancellation.
        notifyCancelled(call, "Request timed out after " + timeout.toMillis() + " ms");
        call.future.completeExceptionally(new TimeoutException(
                "No response to " + call.request.method() + " (id " + call.request.id() + ") within " + timeout.toMillis() + " ms"));
    }

    /** The caller completed or cancelled the future itself; if it was still pending, abandon it. */
    private void onCallerCompletion(Pending call, Throwable error) {
        if (!pending.remove(call.request.id(), call)) {
            return; // settled by us, not by the caller
        }
        call.cleanup();
        if (error instanceof CancellationException) {
            notifyCancelled(call, null);
        }
    }

    private void settle(Pending call, Consumer<CompletableFuture<JsonNode>> outcome) {
        if (pending.remove(call.request.id(), call)) {
            call.cleanup();
            outcome.accept(call.future);
        }
    }

    private void completeOnExecutor(Pending call, Consumer<CompletableFuture<JsonNode>> outcome) {
        try {
            executor.execute(() -> outcome.accept(call.future));
        } catch (RejectedExecutionException e) {
            outcome.accept(call.future);
        }
    }

    private void notifyCancelled(Pending call, String reason) {
        try {
            cancellationNotifier.requestCancelled(peer, call.request, reason);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cancellation notifier failed for request " + call.request.id(), e);
        }
    }

    private void reportUnmatched(JsonRpcResponse response) {
        try {
            unmatchedResponseListener.unmatchedResponse(response);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Unmatched-response listener failed", e);
        }
    }

    /** One request awaiting its response. */
    private static final class Pending {
        final JsonRpcRequest request;
        final CompletableFuture<JsonNode> future = new CompletableFuture<>();
        final Registration progressRegistration;
        volatile ScheduledFuture<?> timer;

        Pending(JsonRpcRequest request, Registration progressRegistration) {
            this.request = request;
            this.progressRegistration = progressRegistration;
        }

        void cleanup() {
            ScheduledFuture<?> scheduled = timer;
            if (scheduled != null) {
                scheduled.cancel(false);
            }
            if (progressRegistration != null) {
                progressRegistration.close();
            }
        }
    }
}
