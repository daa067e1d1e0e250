package io.agentwire.aonp.m2tp;

import java.security.MessageDigest;
import java.util.Optional;

/**
 * The digest a group's GROUP_END carries (spec/aonp/m2tp.md section 3.10). The sender picks it per group with
 * {@link M2tpOptions#withDigest}; receivers verify whichever the GROUP_OPEN names.
 */
public enum DigestAlgorithm {
    /** CRC-32C, 4 bytes big-endian: catches accidental damage at little cost. The default. */
    CRC32C("crc32c", 4),
    /** SHA-256, 32 bytes: for applications that want a content hash they can compare or publish. */
    SHA_256("sha-256", 32);

    /** What a GROUP_OPEN without a {@code digest} field means. */
    public static final DigestAlgorithm DEFAULT = CRC32C;

    private final String wireName;
    private final int length;

    DigestAlgorithm(String wireName, int length) {
        this.wireName = wireName;
        this.length = length;
    }

    /** The name in GROUP_OPEN's {@code digest} field, e.g. {@code "sha-256"}. */
    public String wireName() {
        return wireName;
    }

    /** The digest length in bytes. */
    public int length() {
        return length;
    }

    /** The algorithm registered under {@code name} (compared exactly), or empty for a name this node lacks. */
    public static Optional<DigestAlgorithm> byName(String name) {
        for (DigestAlgorithm algorithm : values()) {
            if (algorithm.wireName.equals(name)) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }

    /** The algorithm of a GROUP_OPEN's {@code digest} field, where absent (null) means the default. */
    static Optional<DigestAlgorithm> ofGroupOpen(String field) {
        return field == null ? Optional.of(DEFAULT) : byName(field);
    }

    /** The GROUP_OPEN field for this algorithm: omitted (null) for the default, so default groups cost no bytes. */
    String groupOpenField() {
        return this == DEFAULT ? null : wireName;
    }

    /**
     * Why GROUP_END's {@code claimed} digest does not verify the {@code computed} one, or null when it does. A
     * claim of the wrong length fails even when it starts with the right bytes.
     */
    String mismatch(byte[] computed, byte[] claimed) {
        if (claimed == null || claimed.length != length) {
            return "GROUP_END has a " + (claimed == null ? 0 : claimed.length) + "-byte digest, " + wireName + " has "
                    + length;
        }
        return MessageDigest.isEqual(computed, claimed) ? null : wireName + " digest differs";
    }
}
