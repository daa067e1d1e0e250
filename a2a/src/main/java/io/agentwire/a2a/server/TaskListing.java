package io.agentwire.a2a.server;

import com.google.protobuf.util.Timestamps;
import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.model.ListTasksRequest;
import io.agentwire.a2a.model.ListTasksResponse;
import io.agentwire.a2a.model.Task;
import io.agentwire.a2a.model.TaskState;
import io.agentwire.a2a.store.StoredTask;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * {@code ListTasks}: the caller's own tasks, filtered, newest status first, in pages. The page token is opaque to
 * clients; it encodes the position after the last task shown (its status time and id), so pages stay stable while
 * new tasks arrive.
 */
final class TaskListing {
    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 100;

    private static final Comparator<StoredTask> NEWEST_FIRST = Comparator.comparingLong(StoredTask::statusMillis).reversed()
            .thenComparing(StoredTask::id);

    private TaskListing() {
    }

    static ListTasksResponse list(Collection<StoredTask> tasks, CallContext call, ListTasksRequest request) {
        int pageSize = DEFAULT_PAGE_SIZE;
        if (request.hasPageSize()) {
            if (request.getPageSize() < 1 || request.getPageSize() > MAX_PAGE_SIZE) {
                throw A2aException.invalidParams("pageSize must be between 1 and " + MAX_PAGE_SIZE);
            }
            pageSize = request.getPageSize();
        }
        if (request.hasHistoryLength() && request.getHistoryLength() < 0) {
            throw A2aException.invalidParams("historyLength must not be negative");
        }
        Cursor after = request.getPageToken().isEmpty() ? null : Cursor.parse(request.getPageToken());
        long since = request.hasStatusTimestampAfter() ? Timestamps.toMillis(request.getStatusTimestampAfter()) : Long.MIN_VALUE;
        List<StoredTask> matching = tasks.stream()
                .filter(t -> t.owner().equals(call.caller()))
                .filter(t -> request.getContextId().isEmpty() || t.task().getContextId().equals(request.getContextId()))
                .filter(t -> request.getStatus() == TaskState.TASK_STATE_UNSPECIFIED
                        || t.task().getStatus().getState() == request.getStatus())
                .filter(t -> t.statusMillis() > since)
                .sorted(NEWEST_FIRST)
                .toList();
        int start = after == null ? 0 : after.indexIn(matching);
        int end = Math.min(matching.size(), start + pageSize);
        ListTasksResponse.Builder response = ListTasksResponse.newBuilder().setPageSize(pageSize).setTotalSize(matching.size());
        boolean artifacts = request.hasIncludeArtifacts() && request.getIncludeArtifacts();
        for (StoredTask stored : matching.subList(start, end)) {
            Task task = TaskViews.withHistory(stored.task(), request.hasHistoryLength(), request.getHistoryLength());
            response.addTasks(artifacts ? task : task.toBuilder().clearArtifacts().build());
        }
        response.setNextPageToken(end < matching.size() ? Cursor.of(matching.get(end - 1)).encode() : "");
        return response.build();
    }

    /** The position after a task in the listing order. */
    private record Cursor(long statusMillis, String id) {
        static Cursor of(StoredTask task) {
            return new Cursor(task.statusMillis(), task.id());
        }

        static Cursor parse(String token) {
            try {
                String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return new Cursor(Long.parseLong(decoded.substring(0, colon)), decoded.substring(colon + 1));
            } catch (RuntimeException e) {
                throw A2aException.invalidParams("Invalid pageToken");
            }
        }

        String encode() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString((statusMillis + ":" + id).getBytes(StandardCharsets.UTF_8));
        }

        /** The index of the first task after this position. */
        int indexIn(List<StoredTask> ordered) {
            for (int i = 0; i < ordered.size(); i++) {
                StoredTask task = ordered.get(i);
                if (task.statusMillis() < statusMillis || task.statusMillis() == statusMillis && task.id().compareTo(id) > 0) {
                    return i;
                }
            }
            return ordered.size();
        }
    }
}
