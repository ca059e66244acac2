package io.flumeconnect.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsTest {
    @Test
    void valuesFlagsAndPositionalArguments() {
        Options options = Options.parse(List.of("tail-source", "--records=500", "--exit-when-done", "--acks=all"));

        assertThat(options.positional()).containsExactly("tail-source");
        assertThat(options.get("records", 1L)).isEqualTo(500L);
        assertThat(options.flag("exit-when-done")).isTrue();
        assertThat(options.flag("verbose")).isFalse();
        assertThat(options.get("acks", "1")).isEqualTo("all");
        assertThat(options.get("record-size", 1024L)).isEqualTo(1024L);
    }

    @Test
    void aNumberOptionThatIsNotANumberNamesTheOption() {
        Options options = Options.parse(List.of("--events=many"));

        assertThatThrownBy(() -> options.get("events", 20L)).hasMessage("--events must be a whole number, was many");
    }
}
