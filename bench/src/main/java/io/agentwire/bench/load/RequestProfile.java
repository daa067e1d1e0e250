package io.agentwire.bench.load;

/**
 * What one benchmark connection sends: a few one-off setup requests (an MCP {@code initialize} handshake, say),
 * then the same measured call over and over.
 *
 * <p>The session id passed in is the last {@code Mcp-Session-Id} the server returned on this connection, or
 * {@code null}; implementations render bytes once per connection, never per call.
 */
public interface RequestProfile {

    /** How many setup requests a fresh connection sends, in order, before its call loop. */
    int setupSteps();

    /** The bytes of setup request {@code step} (0-based). */
    byte[] setupRequest(int step, String sessionId);

    /** The bytes of the measured request; called once per connection after setup. */
    byte[] callRequest(String sessionId);

    /** A profile without setup that always sends {@code request}. */
    static RequestProfile constant(byte[] request) {
        return new RequestProfile() {
            @Override
            public int setupSteps() {
                return 0;
            }

            @Override
            public byte[] setupRequest(int step, String sessionId) {
                throw new IndexOutOfBoundsException(step);
            }

            @Override
            public byte[] callRequest(String sessionId) {
                return request;
            }
        };
    }
}
