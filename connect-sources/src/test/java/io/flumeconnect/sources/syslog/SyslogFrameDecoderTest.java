package io.flumeconnect.sources.syslog;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.sources.syslog.SyslogSourceConfig.Framing;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyslogFrameDecoderTest {

    /** Frames decoded from {@code input}, sent in pieces of {@code chunk} bytes. */
    static List<Frame> decode(Framing framing, int maxBytes, String input, int chunk) {
        EmbeddedChannel channel = new EmbeddedChannel(new SyslogFrameDecoder(framing, maxBytes));
        byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i += chunk) {
            channel.writeInbound(Unpooled.wrappedBuffer(bytes, i, Math.min(chunk, bytes.length - i)));
        }
        channel.finish();
        List<Frame> frames = new ArrayList<>();
        for (Object frame; (frame = channel.readInbound()) != null; ) {
            frames.add((Frame) frame);
        }
        return frames;
    }

    static List<String> texts(List<Frame> frames) {
        return frames.stream().map(frame -> new String(frame.bytes(), StandardCharsets.UTF_8)).toList();
    }

    @Test
    void linesEndWithLfCrlfOrNulWhateverThePacketBoundaries() {
        String input = "<13>one\n<13>two\r\n<13>three\0<13>four\n";
        for (int chunk : new int[] {1, 2, 3, 7, 1000}) {
            assertThat(texts(decode(Framing.AUTO, 1024, input, chunk))).as("chunks of " + chunk)
                    .containsExactly("<13>one", "<13>two", "<13>three", "<13>four");
        }
    }

    @Test
    void octetCountingIsDetectedAndRsyslogsCountedLineEndRemoved() {
        String input = "7 <13>one8 <13>two\n9 <13>t w o\n";
        for (int chunk : new int[] {1, 4, 1000}) {
            assertThat(texts(decode(Framing.AUTO, 1024, input, chunk))).as("chunks of " + chunk)
                    .containsExactly("<13>one", "<13>two", "<13>t w o");
        }
    }

    @Test
    void anOctetCountedMessageMayHoldLineEnds() {
        assertThat(texts(decode(Framing.OCTET_COUNTING, 1024, "15 <13>multi\nline\n", 3)))
                .containsExactly("<13>multi\nline");
    }

    @Test
    void aLastLineWithoutLineEndIsDeliveredAtClose() {
        assertThat(texts(decode(Framing.LINES, 1024, "<13>a\n<13>unterminated", 5)))
                .containsExactly("<13>a", "<13>unterminated");
    }

    @Test
    void anOversizedLineIsCutAndTheNextOneReadWhole() {
        List<Frame> frames = decode(Framing.LINES, 64, "x".repeat(100) + "\n<13>next\n", 9);
        assertThat(frames).hasSize(2);
        assertThat(frames.get(0).bytes()).hasSize(64);
        assertThat(frames.get(0).length()).isEqualTo(100);
        assertThat(frames.get(0).truncated()).isTrue();
        assertThat(texts(frames.subList(1, 2))).containsExactly("<13>next");
    }

    @Test
    void anOversizedOctetCountedFrameIsCutAndItsRestSkipped() {
        List<Frame> frames = decode(Framing.AUTO, 64, "100 " + "y".repeat(100) + "8 <13>next", 13);
        assertThat(frames).hasSize(2);
        assertThat(frames.get(0).length()).isEqualTo(100);
        assertThat(frames.get(0).bytes()).hasSize(64);
        assertThat(texts(frames.subList(1, 2))).containsExactly("<13>next");
    }

    @Test
    void aFrameWithoutLengthOnAnOctetCountedConnectionIsReadAsALine() {
        assertThat(texts(decode(Framing.AUTO, 1024, "7 <13>one<13>not counted\n7 <13>two", 1000)))
                .containsExactly("<13>one", "<13>not counted", "<13>two");
    }

    @Test
    void linesFramingTakesALeadingDigitAsText() {
        assertThat(texts(decode(Framing.LINES, 1024, "42 is the answer\n", 1000))).containsExactly("42 is the answer");
    }
}
