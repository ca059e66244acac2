package io.flumeconnect.sources.flumeavro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.TooLongFrameException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.avro.ipc.netty.NettyTransportCodec.NettyDataPack;
import org.apache.avro.ipc.netty.NettyTransportCodec.NettyFrameEncoder;
import org.junit.jupiter.api.Test;

/** Avro's Netty framing as Avro's own encoder writes it, read back within a size limit. */
class AvroFrameDecoderTest {

    @Test
    void readsAFrameAvroWroteEvenWhenItArrivesByteByByte() {
        ByteBuf frame = encode(new NettyDataPack(42, List.of(bytes("hello"), bytes(""), bytes("world"))));
        EmbeddedChannel channel = new EmbeddedChannel(new AvroFrameDecoder(1024));

        while (frame.isReadable()) {
            channel.writeInbound(frame.readRetainedSlice(1));
        }

        NettyDataPack pack = channel.readInbound();
        assertThat(pack.getSerial()).isEqualTo(42);
        assertThat(pack.getDatas()).extracting(AvroFrameDecoderTest::text).containsExactly("hello", "", "world");
        frame.release();
    }

    @Test
    void readsTwoFramesFromOneRead() {
        ByteBuf both = Unpooled.wrappedBuffer(encode(new NettyDataPack(1, List.of(bytes("a")))),
                encode(new NettyDataPack(2, List.of(bytes("b")))));
        EmbeddedChannel channel = new EmbeddedChannel(new AvroFrameDecoder(1024));

        channel.writeInbound(both);

        assertThat(((NettyDataPack) channel.readInbound()).getSerial()).isEqualTo(1);
        assertThat(((NettyDataPack) channel.readInbound()).getSerial()).isEqualTo(2);
    }

    @Test
    void refusesARequestOverTheLimitBeforeBufferingIt() {
        ByteBuf header = encode(new NettyDataPack(1, List.of(bytes("0123456789"), bytes("0123456789"))))
                .slice(0, 8 + 4 + 10 + 4);
        EmbeddedChannel channel = new EmbeddedChannel(new AvroFrameDecoder(15));

        assertThatThrownBy(() -> channel.writeInbound(header))
                .isInstanceOf(TooLongFrameException.class).hasMessageContaining("larger than 15 bytes");
    }

    @Test
    void refusesABufferCountNoRequestWithinTheLimitCouldHold() {
        ByteBuf header = Unpooled.buffer().writeInt(1).writeInt(1_000_000);
        EmbeddedChannel channel = new EmbeddedChannel(new AvroFrameDecoder(1024));

        assertThatThrownBy(() -> channel.writeInbound(header)).isInstanceOf(TooLongFrameException.class);
    }

    private static ByteBuf encode(NettyDataPack pack) {
        EmbeddedChannel encoder = new EmbeddedChannel(new NettyFrameEncoder());
        encoder.writeOutbound(pack);
        return encoder.readOutbound();
    }

    private static ByteBuffer bytes(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(ByteBuffer buffer) {
        return StandardCharsets.UTF_8.decode(buffer.duplicate()).toString();
    }
}
