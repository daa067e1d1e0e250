package io.agentwire.a2a.compat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the shared specification data ({@code shared/spec-data}) beside the repository, wherever the tests run
 * from: the module directory, the repository root, or a worktree nested deeper. Absent in clones without it.
 */
final class SpecData {
    private SpecData() {
    }

    /** {@code shared/spec-data/a2a/v0.3.0/a2a.json}, if a {@code shared/spec-data} is found walking up. */
    static Optional<Path> v03Schema() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/spec-data/a2a/v0.3.0/a2a.json");
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
