package io.flumeconnect.sources.http.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.sources.http.RequestException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the body, a decoder returns events or refuses the request with a 4xx; it never fails otherwise. */
class DecoderPropertyTest {
    private static final List<EventDecoder> DECODERS = List.of(new FlumeJsonDecoder(), new JsonEventsDecoder(true),
            new JsonEventsDecoder(false), new NdjsonDecoder(true), new NdjsonDecoder(false), new TextLinesDecoder(),
            new RawBodyDecoder(true), new RawBodyDecoder(false));
    private static final List<Charset> CHARSETS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16,
            StandardCharsets.ISO_8859_1, Charset.forName("windows-1252"));

    @Property(tries = 300)
    void randomBytesNeverCrashADecoder(@ForAll("bodies") byte[] body, @ForAll("decoders") EventDecoder decoder,
                                       @ForAll("charsets") Charset charset, @ForAll boolean gzip) {
        byte[] sent = gzip ? Bodies.gzip(body) : body;
        try {
            List<Event> events = Bodies.decode(decoder, sent, charset, gzip ? "gzip" : null);
            assertThat(events).hasSizeLessThanOrEqualTo(Bodies.MAX_EVENTS).doesNotContainNull();
        } catch (RequestException e) {
            assertThat(e.status()).isIn(400, 413, 415);
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 300)
    void randomJsonLikeTextNeverCrashADecoder(@ForAll("jsonish") String body,
                                              @ForAll("decoders") EventDecoder decoder) {
        randomBytesNeverCrashADecoder(body.getBytes(StandardCharsets.UTF_8), decoder, StandardCharsets.UTF_8, false);
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
    }

    /** Text built from JSON's own pieces, so parsers get past the first byte and fail (or not) deep inside. */
    @Provide
    Arbitrary<String> jsonish() {
        Arbitrary<String> piece = Arbitraries.of("[", "]", "{", "}", ",", ":", "\"body\"", "\"headers\"", "\"a\"",
                "\"\\u00e9\"", "\"\\ud800\"", "1", "-0.5e3", "123456789012345678901234567890", "true", "null",
                "\n", "\r\n", " ", "\"", "\\", "x");
        return piece.list().ofMaxSize(200).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<EventDecoder> decoders() {
        return Arbitraries.of(DECODERS);
    }

    @Provide
    Arbitrary<Charset> charsets() {
        return Arbitraries.of(CHARSETS);
    }
}
