package io.agentwire.aonp.core;

import java.util.List;

/**
 * HELLO_ACK (0x02), the answer to {@link Hello}: the chosen version and the protocols both sides share.
 *
 * @param version     the version both sides use from now on
 * @param protocols   the protocols the responder offers on this connection
 * @param node        the responder's node identifier (optional)
 * @param maxFrame    the largest frame payload the responder accepts (optional, default 65,536)
 * @param idleTimeout the responder's idle timeout in milliseconds (optional)
 */
public record HelloAck(long version, List<String> protocols, String node, Long maxFrame, Long idleTimeout) {
}
