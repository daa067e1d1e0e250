package io.agentwire.a2a.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The default store: a map, gone with the process. */
public final class InMemoryTaskStore implements TaskStore {
    private final Map<String, StoredTask> tasks = new ConcurrentHashMap<>();

    @Override
    public Optional<StoredTask> find(String taskId) {
        return Optional.ofNullable(tasks.get(taskId));
    }

    @Override
    public void save(StoredTask task) {
        tasks.put(task.id(), task);
    }

    @Override
    public Collection<StoredTask> all() {
        return List.copyOf(tasks.values());
    }
}
