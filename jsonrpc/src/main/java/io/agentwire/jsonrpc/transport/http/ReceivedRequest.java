package io.agentwire.jsonrpc.transport.http;

import java.net.InetSocketAddress;
import java.net.SocketAddress;

import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;

/**
 * An immutable, heap-only copy of a request. Copying the body out of the pooled buffer at once means the
 * buffer is released on the spot and the application can keep the request as long as it likes without
 * any reference counting.
 */
record ReceivedRequest(String method, String path, String query, HttpHeaders headers, byte[] body,
                       HttpVersion version, boolean keepAlive, InetSocketAddress remoteAddress) {

    static ReceivedRequest copyOf(FullHttpRequest request, SocketAddress remote) {
        QueryStringDecoder uri = new QueryStringDecoder(request.uri());
        HttpHeaders headers = new DefaultHttpHeaders().set(request.headers());
        byte[] body = ByteBufUtil.getBytes(request.content());
        InetSocketAddress address = remote instanceof InetSocketAddress ? (InetSocketAddress) remote : null;
        return new ReceivedRequest(request.method().name(), uri.path(), uri.rawQuery(), headers, body,
                request.protocolVersion(), HttpUtil.isKeepAlive(request), address);
    }
}
