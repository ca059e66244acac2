package io.flumeconnect.sources.http.format;

import static io.flumeconnect.sources.http.format.Bodies.decode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flumeconnect.sources.http.RequestException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BodyReaderTest {
    private final TextLinesDecoder text = new TextLinesDecoder();

    @Test
    void badGzipIsA400() {
        byte[] notGzip = "plain".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> decode(text, notGzip, StandardCharsets.UTF_8, "gzip"))
                .isInstanceOf(RequestException.class).hasMessageStartingWith("the body is not valid gzip");
    }

    @Test
    void truncatedGzipIsA400() {
        byte[] gzip = Bodies.gzip("line one\nline two\n".repeat(50).getBytes(StandardCharsets.UTF_8));
        byte[] cut = Arrays.copyOf(gzip, gzip.length / 2);
        assertThatThrownBy(() -> decode(text, cut, StandardCharsets.UTF_8, "gzip"))
                .isInstanceOf(RequestException.class)
                .satisfies(e -> assertThat(((RequestException) e).status()).isEqualTo(400));
    }

    @Test
    void aGzipBombIsStoppedAtTheLimit() {
        byte[] bomb = Bodies.gzip(new byte[Bodies.MAX_BYTES * 20]);
        assertThat(bomb.length).isLessThan(Bodies.MAX_BYTES);
        assertThatThrownBy(() -> decode(new RawBodyDecoder(false), bomb, StandardCharsets.UTF_8, "gzip"))
                .isInstanceOf(RequestException.class)
                .hasMessage("the body is larger than " + Bodies.MAX_BYTES + " bytes (body.max.bytes)");
    }

    @Test
    void unknownEncodingIsA415() {
        assertThatThrownBy(() -> decode(text, new byte[0], StandardCharsets.UTF_8, "br"))
                .isInstanceOf(RequestException.class)
                .satisfies(e -> assertThat(((RequestException) e).status()).isEqualTo(415));
    }

    @Test
    void invalidBytesInAJsonBodyOfAnotherCharsetAreA400() {
        byte[] body = {'[', '{', '"', 'b', 'o', 'd', 'y', '"', ':', '"', (byte) 0x81, '"', '}', ']'};
        assertThatThrownBy(() -> decode(new FlumeJsonDecoder(), body, java.nio.charset.Charset.forName("windows-1252"),
                null)).isInstanceOf(RequestException.class).hasMessage("the body is not valid windows-1252");
    }
}
