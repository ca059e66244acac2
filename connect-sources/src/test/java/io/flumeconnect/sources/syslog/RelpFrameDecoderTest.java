package io.flumeconnect.sources.syslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelpFrameDecoderTest {

    static List<RelpFrame> decode(int maxBytes, String input, int chunk) {
        EmbeddedChannel channel = new EmbeddedChannel(new RelpFrameDecoder(maxBytes));
        byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i += chunk) {
            channel.writeInbound(Unpooled.wrappedBuffer(bytes, i, Math.min(chunk, bytes.length - i)));
        }
        List<RelpFrame> frames = new ArrayList<>();
        for (Object frame; (frame = channel.readInbound()) != null; ) {
            frames.add((RelpFrame) frame);
        }
        return frames;
    }

    @Test
    void readsASessionAsRsyslogSendsIt() {
        String offers = "relp_version=0\nrelp_software=librelp,1.11.0,http://librelp.adiscon.com\ncommands=syslog";
        String session = "1 open " + offers.length() + " " + offers + "\n2 syslog 20 <13>Dec  3 host x: y\n3 close 0\n";
        for (int chunk : new int[] {1, 5, 1000}) {
            List<RelpFrame> frames = decode(1024, session, chunk);
            assertThat(frames).extracting(RelpFrame::txnr).containsExactly(1L, 2L, 3L);
            assertThat(frames).extracting(RelpFrame::command).containsExactly("open", "syslog", "close");
            assertThat(new String(frames.get(1).data().bytes(), StandardCharsets.UTF_8))
                    .isEqualTo("<13>Dec  3 host x: y");
            assertThat(frames.get(2).data().bytes()).isEmpty();
        }
    }

    @Test
    void oversizedDataIsCutAndTheNextFrameRead() {
        List<RelpFrame> frames = decode(64, "5 syslog 100 " + "z".repeat(100) + "\n6 syslog 3 abc\n", 7);
        assertThat(frames).hasSize(2);
        assertThat(frames.get(0).data().length()).isEqualTo(100);
        assertThat(frames.get(0).data().bytes()).hasSize(64);
        assertThat(frames.get(1).txnr()).isEqualTo(6);
    }

    @Test
    void somethingElseThanRelpIsRefused() {
        assertThatThrownBy(() -> decode(1024, "GET / HTTP/1.1\r\nHost: x\r\n\r\n" + "x".repeat(80), 1000))
                .isInstanceOf(DecoderException.class);
        assertThatThrownBy(() -> decode(1024, "1 syslog 3 abcX", 1000)).isInstanceOf(DecoderException.class)
                .hasMessageContaining("LF");
    }
}
