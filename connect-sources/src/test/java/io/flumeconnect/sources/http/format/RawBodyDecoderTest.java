package io.flumeconnect.sources.http.format;

import static io.flumeconnect.sources.http.format.Bodies.bodies;
import static io.flumeconnect.sources.http.format.Bodies.decode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RawBodyDecoderTest {

    @Test
    void theWholeBodyIsOneEventOfBytes() throws Exception {
        byte[] body = {0, 1, (byte) 0xFF, '\n', 2};
        assertThat(bodies(decode(new RawBodyDecoder(false), body, StandardCharsets.UTF_8, null)))
                .singleElement().isEqualTo(body);
    }

    @Test
    void asTextTheBodyIsDecodedWithItsCharset() throws Exception {
        assertThat(bodies(decode(new RawBodyDecoder(true), "a\nb\n"))).containsExactly("a\nb\n");
    }

    @Test
    void asTextInvalidBytesAreA400() {
        byte[] body = {'a', (byte) 0xFF};
        assertThatThrownBy(() -> decode(new RawBodyDecoder(true), body, StandardCharsets.UTF_8, null))
                .hasMessage("the body is not valid UTF-8");
    }

    @Test
    void anEmptyBodyIsNoEvent() throws Exception {
        assertThat(decode(new RawBodyDecoder(false), "")).isEmpty();
    }
}
