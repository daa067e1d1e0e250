package io.agentwire.a2a.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agentwire.a2a.model.Task;
import io.agentwire.a2a.model.TaskPushNotificationConfig;
import io.agentwire.a2a.model.TaskState;
import io.agentwire.a2a.model.TaskStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tasks written by one store are there, unchanged, for the next one opened on the same directory. */
class FileTaskStoreTest {

    private static StoredTask task(String id, TaskState state) {
        Task task = Task.newBuilder().setId(id).setContextId("ctx").setStatus(TaskStatus.newBuilder().setState(state)).build();
        return new StoredTask(task, "alice", List.of(TaskPushNotificationConfig.newBuilder().setId("p1").setTaskId(id)
                .setUrl("https://hooks.example/a").build()));
    }

    @Test
    void tasksSurviveARestart(@TempDir Path dir) {
        FileTaskStore first = FileTaskStore.open(dir);
        first.save(task("t/1 with odd chars", TaskState.TASK_STATE_WORKING));
        first.save(task("t2", TaskState.TASK_STATE_INPUT_REQUIRED));
        first.save(task("t2", TaskState.TASK_STATE_COMPLETED));

        FileTaskStore reopened = FileTaskStore.open(dir);

        assertEquals(2, reopened.all().size());
        assertEquals(task("t/1 with odd chars", TaskState.TASK_STATE_WORKING), reopened.find("t/1 with odd chars").orElseThrow());
        assertEquals(TaskState.TASK_STATE_COMPLETED, reopened.find("t2").orElseThrow().task().getStatus().getState());
        assertEquals("alice", reopened.find("t2").orElseThrow().owner());
        assertEquals("p1", reopened.find("t2").orElseThrow().pushConfigs().get(0).getId());
    }

    @Test
    void noTemporaryFilesRemainAndForeignFilesAreIgnored(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("README.txt"), "not a task");
        FileTaskStore.open(dir).save(task("t1", TaskState.TASK_STATE_WORKING));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".tmp")));
        }
        assertEquals(1, FileTaskStore.open(dir).all().size());
    }

    @Test
    void aCorruptFileIsAClearError(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("dDE.task"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        UncheckedIOException error = assertThrows(UncheckedIOException.class, () -> FileTaskStore.open(dir));
        assertTrue(error.getMessage().contains("Cannot open the task store"), error.getMessage());
    }
}
