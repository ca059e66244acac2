package io.flumeconnect.sources.http.server;

import io.flumeconnect.sources.http.RequestHead;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.OptionalLong;

/** A Netty request's head as {@link RequestHead}. */
final class NettyRequestHead implements RequestHead {
    private final HttpRequest request;
    private final QueryStringDecoder uri;
    private final String clientAddress;

    NettyRequestHead(HttpRequest request, Channel channel) {
        this.request = request;
        this.uri = new QueryStringDecoder(request.uri());
        this.clientAddress = channel.remoteAddress() instanceof InetSocketAddress address
                && address.getAddress() != null
                ? address.getAddress().getHostAddress() : String.valueOf(channel.remoteAddress());
    }

    @Override
    public String method() {
        return request.method().name();
    }

    @Override
    public String path() {
        return uri.path();
    }

    @Override
    public List<String> query(String name) {
        return uri.parameters().getOrDefault(name, List.of());
    }

    @Override
    public String header(String name) {
        return request.headers().get(name);
    }

    @Override
    public String clientAddress() {
        return clientAddress;
    }

    @Override
    public OptionalLong contentLength() {
        long length = HttpUtil.getContentLength(request, -1L);
        return length < 0 ? OptionalLong.empty() : OptionalLong.of(length);
    }

    @Override
    public boolean chunked() {
        return HttpUtil.isTransferEncodingChunked(request);
    }
}
