package io.agentwire.aonp.m2tp;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

import io.agentwire.aonp.wire.ErrorCode;

/**
 * Stores each incoming message as a file in a directory: chunks go to a hidden temporary file, which is renamed
 * to the message's name (or {@code track-group}) only after the digest was verified.
 */
public final class DirectoryReceiver implements MessageReceiver {
    private final Path directory;
    private final Consumer<String> log;

    /**
     * @param directory where files go (created when missing)
     * @param log       told one line per stored or failed message
     */
    public DirectoryReceiver(Path directory, Consumer<String> log) throws IOException {
        this.directory = Files.createDirectories(directory);
        this.log = log;
    }

    @Override
    public MessageSink open(MessageInfo info) throws IOException {
        String name = info.name() == null ? info.trackName().replaceAll("[^A-Za-z0-9._-]", "_") + "-" + info.group()
                : Path.of(info.name()).getFileName().toString();
        Path target = directory.resolve(name);
        Path temp = Files.createTempFile(directory, ".m2tp-", ".part");
        FileChannel file = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        return new MessageSink() {
            @Override
            public void chunk(ByteBuffer data) throws IOException {
                while (data.hasRemaining()) {
                    file.write(data);
                }
            }

            @Override
            public void complete(Delivery delivery) throws IOException {
                file.close();
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                log.accept("stored " + target + " (" + delivery.size() + " bytes, "
                        + delivery.digestAlgorithm().wireName() + " " + delivery.digestHex() + " verified"
                        + (delivery.complete() ? "" : ", " + delivery.missing().size() + " objects lost") + ")");
            }

            @Override
            public void failed(ErrorCode code, String reason) {
                try {
                    file.close();
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // nothing more to do for a message that failed anyway
                }
                log.accept("discarded " + name + ": " + code + " " + reason);
            }
        };
    }
}
