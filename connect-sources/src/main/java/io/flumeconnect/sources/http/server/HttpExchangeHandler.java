package io.flumeconnect.sources.http.server;

import io.flumeconnect.sources.http.HttpReply;
import io.flumeconnect.sources.http.HttpRequests;
import io.flumeconnect.sources.http.RequestException;
import io.flumeconnect.sources.listener.AckUnit;
import io.flumeconnect.sources.listener.Intake;
import io.flumeconnect.sources.listener.OrderedReplies;
import io.netty.buffer.ByteBufInputStream;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection's requests. A request is checked on its head (so a refused one is not read), its body collected
 * up to {@code body.max.bytes}, turned into records and handed to the listener as one unit; the answer waits for
 * Kafka's acknowledgement of every record. Answers go out in the order the requests came (pipelining).
 */
final class HttpExchangeHandler extends SimpleChannelInboundHandler<HttpObject> {
    private static final Logger log = LoggerFactory.getLogger(HttpExchangeHandler.class);

    private final HttpSourceProtocol protocol;
    private final HttpRequests rules;
    private final Intake intake;
    private final OrderedReplies replies;
    /** The request being received, or null between requests. */
    private Exchange current;

    HttpExchangeHandler(HttpSourceProtocol protocol, Intake intake, Channel channel) {
        this.protocol = protocol;
        this.rules = protocol.rules();
        this.intake = intake;
        this.replies = new OrderedReplies(channel);
    }

    /** A request in reception: its head, its body so far, or the answer already decided for it. */
    private static final class Exchange {
        final NettyRequestHead head;
        final HttpVersion version;
        final long startNanos = System.nanoTime();
        CompositeByteBuf body;
        /** Refused at its head or while its body came: answered, the rest of it is ignored. */
        boolean answered;
        boolean closeAfter;

        Exchange(NettyRequestHead head, HttpVersion version) {
            this.head = head;
            this.version = version;
        }
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, HttpObject message) {
        if (message instanceof HttpRequest request) {
            begin(ctx, request);
        }
        if (message instanceof HttpContent content && current != null) {
            if (content.decoderResult().isFailure() && !current.answered) {
                refuse(new RequestException(400, "malformed HTTP body: " + content.decoderResult().cause()
                        .getMessage()), true);
            }
            collect(content);
            if (content instanceof LastHttpContent) {
                finish(ctx);
            }
        }
    }

    private void begin(ChannelHandlerContext ctx, HttpRequest request) {
        current = new Exchange(new NettyRequestHead(request, ctx.channel()), request.protocolVersion());
        if (request.decoderResult().isFailure()) {
            refuse(new RequestException(400, "malformed HTTP request: " + request.decoderResult().cause().getMessage()),
                    true);
            return;
        }
        if (rules.isHealthCheck(current.head)) {
            return;
        }
        try {
            rules.admit(current.head);
            if (intake.full()) {
                throw busy("the task's buffer is full");
            }
        } catch (RequestException e) {
            refuse(e, announcesBody(current.head));
            return;
        } catch (NumberFormatException e) {
            refuse(new RequestException(400, "Content-Length is not a number"), true);
            return;
        }
        current.body = ctx.alloc().compositeBuffer(Integer.MAX_VALUE);
        if (HttpUtil.is100ContinueExpected(request) && replies.size() == 0) {
            ctx.writeAndFlush(new DefaultFullHttpResponse(request.protocolVersion(), HttpResponseStatus.CONTINUE,
                    Unpooled.EMPTY_BUFFER));
        }
    }

    private static boolean announcesBody(NettyRequestHead head) {
        try {
            return head.chunked() || head.contentLength().orElse(0) > 0;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /**
     * Answers before the body is read. A request whose body is not read closes the connection after its answer:
     * the client may not send the body it announced (Expect: 100-continue), or send a large one for nothing.
     */
    private void refuse(RequestException e, boolean closeAfter) {
        Exchange exchange = current;
        exchange.answered = true;
        exchange.closeAfter = closeAfter;
        release();
        answer(exchange, CompletableFuture.completedFuture(null), failure -> HttpReply.refused(e));
    }

    private void collect(HttpContent content) {
        if (current.answered || current.body == null || content.content().readableBytes() == 0) {
            return;
        }
        protocol.metrics().body(content.content().readableBytes());
        current.body.addComponent(true, content.content().retain());
        if (current.body.readableBytes() > rules.bodyMaxBytes()) {
            refuse(rules.bodyTooLarge(), true);
        }
    }

    private void finish(ChannelHandlerContext ctx) {
        Exchange exchange = current;
        current = null;
        if (exchange.answered) {
            return;
        }
        if (exchange.body == null) {
            answer(exchange, CompletableFuture.completedFuture(null), failure -> HttpReply.health(
                    protocol.health().up() && !intake.full()));
        } else {
            HttpRequests.Decision decision = decide(exchange);
            if (decision instanceof HttpRequests.Write write) {
                write(ctx, exchange, write);
            } else {
                HttpReply reply = ((HttpRequests.Answer) decision).reply();
                answer(exchange, CompletableFuture.completedFuture(null), failure -> reply);
            }
        }
    }

    private HttpRequests.Decision decide(Exchange exchange) {
        try (ByteBufInputStream body = new ByteBufInputStream(exchange.body, true)) {
            return rules.read(exchange.head, body);
        } catch (RequestException e) {
            return new HttpRequests.Answer(HttpReply.refused(e));
        } catch (IOException | RuntimeException e) {
            log.error("HTTP request to {} from {} failed", exchange.head.path(), exchange.head.clientAddress(), e);
            return new HttpRequests.Answer(HttpReply.refused(new RequestException(500, "internal error: " + e)));
        }
    }

    private void write(ChannelHandlerContext ctx, Exchange exchange, HttpRequests.Write write) {
        int events = write.records().size();
        if (events == 0) {
            written(write, 0);
            answer(exchange, CompletableFuture.completedFuture(null), failure -> HttpReply.written(0));
            return;
        }
        if (intake.full() || !protocol.enter()) {
            forget(write);
            answer(exchange, CompletableFuture.completedFuture(null), failure -> HttpReply.refused(busy(
                    intake.full() ? "the task's buffer is full" : "requests.concurrent.max requests are waiting "
                            + "for Kafka")));
            return;
        }
        AckUnit unit = intake.openUnit(ctx.channel(), write.records());
        answer(exchange, unit.done(), failure -> {
            protocol.leave();
            if (failure == null) {
                written(write, events);
                protocol.health().acknowledged();
                return HttpReply.written(events);
            }
            forget(write);
            protocol.health().notAcknowledged();
            return HttpReply.notWritten("not every event was acknowledged by Kafka (" + failure.getMessage()
                    + "); a retry writes the written ones again", events, unit.acknowledged(),
                    protocol.retryAfterSeconds());
        });
    }

    private void written(HttpRequests.Write write, int events) {
        if (write.idempotencyKey() != null) {
            rules.keys().written(write.idempotencyKey(), events);
        }
        protocol.metrics().written(events);
    }

    private void forget(HttpRequests.Write write) {
        if (write.idempotencyKey() != null) {
            rules.keys().failed(write.idempotencyKey());
        }
    }

    private RequestException busy(String why) {
        return new RequestException(503, why + "; retry later", Map.of("Retry-After",
                Integer.toString(protocol.retryAfterSeconds())));
    }

    private void answer(Exchange exchange, CompletableFuture<Void> done,
                        Function<Throwable, HttpReply> reply) {
        replies.add(done, failure -> {
            HttpReply answer = reply.apply(failure);
            protocol.metrics().answered(answer.status(), exchange.startNanos);
            return response(exchange, answer);
        });
    }

    private static FullHttpResponse response(Exchange exchange, HttpReply reply) {
        FullHttpResponse response = new DefaultFullHttpResponse(exchange.version,
                new HttpResponseStatus(reply.status(), HttpReply.reason(reply.status())),
                Unpooled.copiedBuffer(reply.body(), StandardCharsets.UTF_8));
        reply.headers().forEach((name, value) -> response.headers().set(name, value));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json; charset=UTF-8");
        HttpUtil.setContentLength(response, response.content().readableBytes());
        HttpUtil.setKeepAlive(response, !exchange.closeAfter);
        return response;
    }

    private void release() {
        if (current != null && current.body != null) {
            current.body.release();
            current.body = null;
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        release();
        super.channelInactive(ctx);
    }
}
