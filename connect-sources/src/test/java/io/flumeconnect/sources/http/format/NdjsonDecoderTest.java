package io.flumeconnect.sources.http.format;

import static io.flumeconnect.sources.http.format.Bodies.bodies;
import static io.flumeconnect.sources.http.format.Bodies.decode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NdjsonDecoderTest {
    private final NdjsonDecoder structured = new NdjsonDecoder(true);

    @Test
    void oneObjectPerLine() throws Exception {
        assertThat(bodies(decode(structured, "{\"n\":1}\n{\"n\":2}\r\n\n{\"n\":3}")))
                .containsExactly(Map.of("n", 1L), Map.of("n", 2L), Map.of("n", 3L));
    }

    @Test
    void asText() throws Exception {
        assertThat(bodies(decode(new NdjsonDecoder(false), "{\"n\": 1}\n{\"s\": \"x\"}\n")))
                .containsExactly("{\"n\":1}", "{\"s\":\"x\"}");
    }

    @Test
    void emptyBodyHasNoEvents() throws Exception {
        assertThat(decode(structured, "\n\n")).isEmpty();
    }

    @Test
    void aLineThatIsNotAnObjectNamesEventAndLine() {
        assertThatThrownBy(() -> decode(structured, "{\"n\":1}\n\n[1]\n"))
                .hasMessageStartingWith("event 2 (line 3): expected a JSON object");
    }

    @Test
    void aBrokenLineNamesItsEventAndLine() {
        assertThatThrownBy(() -> decode(structured, "{\"n\":1}\n{\"n\":2}\n{\"n\":}\n"))
                .hasMessageStartingWith("event 3: invalid JSON at line 3");
    }
}
