package io.agentwire.aonp.smip.wire;

import io.agentwire.aonp.wire.AonpProtocolException;

/** Field checks shared by the message records; every failure is MALFORMED_MESSAGE. */
final class Checks {
    static final int SESSION_ID_BYTES = 16;
    /** An A2P grant reference is an opaque 16-byte id (a2p.md). */
    static final int GRANT_BYTES = 16;

    private Checks() {
    }

    static <T> T require(T value, String field) {
        if (value == null) {
            throw malformed("missing " + field);
        }
        return value;
    }

    static void positive(Long value, String field) {
        if (require(value, field) <= 0) {
            throw malformed(field + " must be positive");
        }
    }

    static void sessionId(byte[] id) {
        if (id.length != SESSION_ID_BYTES) {
            throw malformed("session id must be " + SESSION_ID_BYTES + " bytes");
        }
    }

    static void grant(byte[] grant) {
        if (grant != null && grant.length != GRANT_BYTES) {
            throw malformed("grant must be " + GRANT_BYTES + " bytes");
        }
    }

    static void sequenced(Long seq, Long id) {
        positive(seq, "seq");
        positive(id, "id");
    }

    static void oneOf(String value, String field, String... allowed) {
        require(value, field);
        for (String candidate : allowed) {
            if (candidate.equals(value)) {
                return;
            }
        }
        throw malformed(field + " has an unknown value " + value);
    }

    static void payload(String contentType, byte[] body, PayloadRef ref) {
        require(contentType, "contentType");
        if (body == null && ref == null) {
            throw malformed("missing body or ref");
        }
        if (ref != null) {
            ref.check();
        }
    }

    private static AonpProtocolException malformed(String message) {
        return new AonpProtocolException(SmipErrorCodes.MALFORMED_MESSAGE, message);
    }
}
