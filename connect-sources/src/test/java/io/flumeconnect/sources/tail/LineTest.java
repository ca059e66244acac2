package io.flumeconnect.sources.tail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineTest {
    private static final byte[] READ = "xxhello, wörld\nyy".getBytes(StandardCharsets.UTF_8);
    private static final int LENGTH = "hello, wörld".getBytes(StandardCharsets.UTF_8).length;

    @Test
    void aViewCopiesItsBytesSoTheNextReadCannotChangeThem() {
        Line view = new Line(READ, 2, LENGTH, 0, LENGTH + 1, 0, false);

        byte[] bytes = view.bytes();

        assertThat(bytes).isNotSameAs(READ).hasSize(LENGTH);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("hello, wörld");
    }

    @Test
    void aLineThatOwnsItsArrayHandsItOutAsItIs() {
        byte[] owned = "whole".getBytes(StandardCharsets.UTF_8);

        assertThat(new Line(owned, 0, 6, 0, false).bytes()).isSameAs(owned);
    }

    @Test
    void decodesTheTextOfAViewInItsCharset() {
        Line view = new Line(READ, 2, LENGTH, 0, LENGTH + 1, 0, false);

        assertThat(view.text(StandardCharsets.UTF_8)).isEqualTo("hello, wörld");
        assertThat(view.text(StandardCharsets.ISO_8859_1)).isEqualTo("hello, wÃ¶rld");
    }
}
