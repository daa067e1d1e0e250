package io.agentwire.a2a.server;

import io.agentwire.a2a.model.Artifact;
import io.agentwire.a2a.model.Task;

/** How an artifact update changes a task: a new artifact is added, an appended chunk extends the one with its id. */
final class Artifacts {
    private Artifacts() {
    }

    static Task merge(Task task, Artifact artifact, boolean append) {
        Task.Builder builder = task.toBuilder();
        for (int i = 0; i < builder.getArtifactsCount(); i++) {
            if (builder.getArtifacts(i).getArtifactId().equals(artifact.getArtifactId())) {
                Artifact merged = append
                        ? builder.getArtifacts(i).toBuilder().addAllParts(artifact.getPartsList()).build()
                        : artifact;
                return builder.setArtifacts(i, merged).build();
            }
        }
        return builder.addArtifacts(artifact).build();
    }
}
