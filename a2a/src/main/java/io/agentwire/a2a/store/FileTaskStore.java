package io.agentwire.a2a.store;

import io.agentwire.a2a.model.Task;
import io.agentwire.a2a.model.TaskPushNotificationConfig;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A store that survives restarts: one file per task in a directory, written to a temporary file and moved into place
 * atomically, so a crash leaves either the old or the new version, never half of one. Everything is also kept in
 * memory; the directory is read once, when the store opens.
 *
 * <p>File format (version 1): a magic number and version, the owner (modified UTF-8), the task as protobuf bytes,
 * then the push configurations, each as protobuf bytes, every byte block prefixed by its length.
 */
public final class FileTaskStore implements TaskStore {
    private static final int MAGIC = 0x41325453; // "A2TS"
    private static final int VERSION = 1;
    private static final String SUFFIX = ".task";

    private final Path directory;
    private final Map<String, StoredTask> tasks = new ConcurrentHashMap<>();

    private FileTaskStore(Path directory) {
        this.directory = directory;
    }

    /** Opens (creating if needed) the store in {@code directory} and loads the tasks already there. */
    public static FileTaskStore open(Path directory) {
        FileTaskStore store = new FileTaskStore(directory);
        try {
            Files.createDirectories(directory);
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList()) {
                    StoredTask task = read(file);
                    store.tasks.put(task.id(), task);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the task store in " + directory, e);
        }
        return store;
    }

    @Override
    public Optional<StoredTask> find(String taskId) {
        return Optional.ofNullable(tasks.get(taskId));
    }

    @Override
    public void save(StoredTask task) {
        Path target = directory.resolve(fileName(task.id()));
        Path temporary = directory.resolve(fileName(task.id()) + ".tmp");
        try {
            Files.write(temporary, encode(task));
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save task " + task.id(), e);
        }
        tasks.put(task.id(), task);
    }

    @Override
    public Collection<StoredTask> all() {
        return List.copyOf(tasks.values());
    }

    /** Task ids come from clients' point of view as opaque strings; base64url keeps any of them a safe file name. */
    private static String fileName(String taskId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(taskId.getBytes(StandardCharsets.UTF_8)) + SUFFIX;
    }

    static byte[] encode(StoredTask task) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(task.owner());
            writeBlock(out, task.task().toByteArray());
            out.writeInt(task.pushConfigs().size());
            for (TaskPushNotificationConfig config : task.pushConfigs()) {
                writeBlock(out, config.toByteArray());
            }
        }
        return bytes.toByteArray();
    }

    static StoredTask read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IOException(file + " is not a version " + VERSION + " task file");
            }
            String owner = in.readUTF();
            Task task = Task.parseFrom(readBlock(in));
            int configs = in.readInt();
            List<TaskPushNotificationConfig> pushConfigs = new ArrayList<>();
            for (int i = 0; i < configs; i++) {
                pushConfigs.add(TaskPushNotificationConfig.parseFrom(readBlock(in)));
            }
            return new StoredTask(task, owner, pushConfigs);
        }
    }

    private static void writeBlock(DataOutputStream out, byte[] block) throws IOException {
        out.writeInt(block.length);
        out.write(block);
    }

    private static byte[] readBlock(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 64 * 1024 * 1024) {
            throw new IOException("Corrupt task file: block of " + length + " bytes");
        }
        return in.readNBytes(length);
    }
}
