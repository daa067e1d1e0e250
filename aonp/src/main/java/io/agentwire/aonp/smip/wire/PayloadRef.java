package io.agentwire.aonp.smip.wire;

/**
 * A payload carried out of band as an M2TP group instead of inline.
 *
 * @param track the M2TP track id
 * @param group the group id within the track
 * @param size  the payload size in bytes (optional)
 */
public record PayloadRef(Long track, Long group, Long size) {
    void check() {
        Checks.require(track, "ref.track");
        Checks.require(group, "ref.group");
    }
}
