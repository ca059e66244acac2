package io.flumeconnect.sources.http.format;

import static io.flumeconnect.sources.http.format.Bodies.bodies;
import static io.flumeconnect.sources.http.format.Bodies.decode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flumeconnect.sources.http.RequestException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextLinesDecoderTest {
    private final TextLinesDecoder decoder = new TextLinesDecoder();

    @Test
    void eachLineIsAnEventEndingInLfOrCrLf() throws Exception {
        assertThat(bodies(decode(decoder, "a\nb\r\nc"))).containsExactly("a", "b", "c");
    }

    @Test
    void emptyLinesAreSkipped() throws Exception {
        assertThat(bodies(decode(decoder, "\na\n\n\nb\n"))).containsExactly("a", "b");
        assertThat(decode(decoder, "")).isEmpty();
    }

    @Test
    void aHugeLineWithinTheBodyLimitIsOneEvent() throws Exception {
        String huge = "x".repeat(Bodies.MAX_BYTES - 10);
        assertThat(bodies(decode(decoder, "a\n" + huge + "\nb"))).containsExactly("a", huge, "b");
    }

    @Test
    void aLineBeyondTheBodyLimitIsA413() {
        String huge = "x".repeat(Bodies.MAX_BYTES + 1);
        assertThatThrownBy(() -> decode(decoder, huge))
                .isInstanceOf(RequestException.class)
                .satisfies(e -> assertThat(((RequestException) e).status()).isEqualTo(413));
    }

    @Test
    void invalidBytesNameTheirLine() {
        byte[] body = {'o', 'k', '\n', 'b', 'a', (byte) 0xFF, 'd', '\n'};
        assertThatThrownBy(() -> decode(decoder, body, StandardCharsets.UTF_8, null))
                .isInstanceOf(RequestException.class).hasMessage("line 2: not valid UTF-8");
    }

    @Test
    void decodesTheRequestCharset() throws Exception {
        Charset utf16 = StandardCharsets.UTF_16;
        assertThat(bodies(decode(decoder, "\u00e9t\u00e9\nhiver".getBytes(utf16), utf16, null)))
                .containsExactly("\u00e9t\u00e9", "hiver");
    }

    @Test
    void gzipBodiesAreDecompressed() throws Exception {
        byte[] body = Bodies.gzip("one\ntwo\n".getBytes(StandardCharsets.UTF_8));
        assertThat(bodies(decode(decoder, body, StandardCharsets.UTF_8, "gzip"))).containsExactly("one", "two");
    }
}
