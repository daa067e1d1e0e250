package io.agentwire.bench.targets;

import io.agentwire.bench.load.RequestProfile;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The practical ceiling: a bare Netty HTTP/1.1 server that parses each JSON-RPC request with Jackson 3 and answers
 * {@code {"jsonrpc":"2.0","id":<id>,"result":{"content":[{"type":"text","text":"ok"}]}}} as {@code application/json}.
 *
 * <p>No MCP at all (no header checks, sessions or tool dispatch): whatever a real MCP server does on top of parsing
 * and serialising JSON on Netty is what the ratio against this target shows. It receives the modern-era request
 * bytes, the same ones Agentwire modern gets.
 */
public final class RawNettyEchoTarget implements BenchTarget {

    private final JsonMapper mapper = JsonMapper.builder().build();
    private EventLoopGroup boss;
    private EventLoopGroup workers;
    private Channel server;

    @Override
    public String id() {
        return "raw-echo";
    }

    @Override
    public String label() {
        return "raw Netty + Jackson JSON-RPC echo";
    }

    @Override
    public int start() throws InterruptedException {
        boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        workers = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
        EchoHandler handler = new EchoHandler();
        server = new ServerBootstrap()
                .group(boss, workers)
                .channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(1 << 20), handler);
                    }
                })
                .bind("127.0.0.1", 0).sync().channel();
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    @Override
    public RequestProfile requestFor(String host, int port) {
        return McpRequests.modern(host, port);
    }

    @Override
    public boolean hasSessions() {
        return false;
    }

    @Override
    public void stop() throws InterruptedException {
        if (server != null) {
            server.close().sync();
        }
        if (boss != null) {
            boss.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
            workers.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
        }
    }

    /** Parses, answers, and nothing else; stateless, so one instance serves every connection. */
    @ChannelHandler.Sharable
    private final class EchoHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
            FullHttpResponse response;
            try {
                JsonNode call = mapper.readTree(ByteBufUtil.getBytes(request.content()));
                ObjectNode answer = mapper.createObjectNode();
                answer.put("jsonrpc", "2.0");
                answer.set("id", call.get("id"));
                answer.putObject("result").putArray("content").addObject().put("type", "text").put("text", "ok");
                response = new DefaultFullHttpResponse(request.protocolVersion(), HttpResponseStatus.OK,
                        Unpooled.wrappedBuffer(mapper.writeValueAsBytes(answer)));
                response.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON);
            } catch (JacksonException e) {
                response = new DefaultFullHttpResponse(request.protocolVersion(), HttpResponseStatus.BAD_REQUEST);
            }
            HttpUtil.setContentLength(response, response.content().readableBytes());
            boolean keepAlive = HttpUtil.isKeepAlive(request);
            HttpUtil.setKeepAlive(response, keepAlive);
            if (keepAlive) {
                ctx.writeAndFlush(response, ctx.voidPromise());
            } else {
                ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
            }
        }
    }
}
