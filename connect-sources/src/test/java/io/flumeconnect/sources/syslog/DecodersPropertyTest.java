package io.flumeconnect.sources.syslog;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.flumeconnect.sources.syslog.SyslogSourceConfig.Framing;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Random bytes never crash or hang a decoder or parser: they give frames, parse errors or a closed connection. */
class DecodersPropertyTest {
    private static final Duration HANG = Duration.ofSeconds(10);

    @Property(tries = 300)
    void syslogFramingTakesAnyBytes(@ForAll("syslogish") byte[] input, @ForAll @IntRange(min = 1, max = 64) int chunk,
                                    @ForAll Framing framing) {
        assertTimeoutPreemptively(HANG, () -> feed(new SyslogFrameDecoder(framing, 128), input, chunk));
    }

    @Property(tries = 300)
    void relpFramingTakesAnyBytesOrRefusesThem(@ForAll("relpish") byte[] input,
                                               @ForAll @IntRange(min = 1, max = 64) int chunk) {
        assertTimeoutPreemptively(HANG, () -> {
            try {
                feed(new RelpFrameDecoder(128), input, chunk);
            } catch (DecoderException refused) {
                // not RELP: the connection is closed
            }
        });
    }

    @Property(tries = 1000)
    void parsersTakeAnyText(@ForAll("syslogish") byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        SyslogParser parser = new SyslogParser(SyslogFormat.AUTO, ZoneOffset.UTC, DeviceLinesTest.RECEIVED);
        assertTimeoutPreemptively(HANG, () -> {
            for (String candidate : new String[] {text, "<13>" + text, "<13>1 " + text, "<13>Dec  3 07:00:00 " + text}) {
                try {
                    parser.parse(candidate);
                } catch (SyslogParseException unparsed) {
                    // delivered raw with the reason
                }
            }
        });
    }

    private static void feed(ChannelHandler decoder, byte[] input, int chunk) {
        EmbeddedChannel channel = new EmbeddedChannel(decoder);
        for (int i = 0; i < input.length; i += chunk) {
            channel.writeInbound(Unpooled.wrappedBuffer(input, i, Math.min(chunk, input.length - i)));
        }
        channel.finishAndReleaseAll();
    }

    /** Random bytes, rich in what syslog framing and headers are made of. */
    @Provide
    Arbitrary<byte[]> syslogish() {
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, Arbitraries.bytes()),
                        net.jqwik.api.Tuple.of(5, Arbitraries.of((byte) '<', (byte) '>', (byte) ' ', (byte) '\n',
                                (byte) '\r', (byte) 0, (byte) '[', (byte) ']', (byte) '"', (byte) '\\', (byte) '=',
                                (byte) ':', (byte) '-', (byte) 'T', (byte) '.', (byte) '1', (byte) '3', (byte) '9')),
                        net.jqwik.api.Tuple.of(2, Arbitraries.bytes().between((byte) '0', (byte) '9')))
                .array(byte[].class).ofMaxSize(600);
    }

    @Provide
    Arbitrary<byte[]> relpish() {
        return Arbitraries.oneOf(syslogish(), Arbitraries.strings().withChars("0123456789 syslogpenclr\n")
                .ofMaxLength(300).map(s -> s.getBytes(StandardCharsets.US_ASCII)));
    }

    @Property(tries = 50)
    void bigLengthsAreSkippedNotBuffered(@ForAll @Size(max = 3) java.util.List<@IntRange(min = 129, max = 999_999_999) Integer> lengths) {
        StringBuilder input = new StringBuilder();
        lengths.forEach(length -> input.append(length).append(' ').append("x".repeat(200)));
        assertTimeoutPreemptively(HANG, () -> feed(new SyslogFrameDecoder(Framing.AUTO, 128),
                input.toString().getBytes(StandardCharsets.US_ASCII), 50));
    }
}
