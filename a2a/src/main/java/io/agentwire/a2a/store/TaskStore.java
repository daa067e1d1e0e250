package io.agentwire.a2a.store;

import java.util.Collection;
import java.util.Optional;

/**
 * Where tasks live between events and across restarts. Implementations must be thread-safe; the engine serializes
 * writes to any one task, so a store never sees two concurrent saves of the same id.
 */
public interface TaskStore {

    Optional<StoredTask> find(String taskId);

    void save(StoredTask task);

    /** Every task; the engine filters, sorts and pages. */
    Collection<StoredTask> all();
}
