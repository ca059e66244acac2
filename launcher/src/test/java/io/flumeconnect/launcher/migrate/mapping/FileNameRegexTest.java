package io.flumeconnect.launcher.migrate.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flumeconnect.launcher.migrate.mapping.source.FileNameRegex;
import org.junit.jupiter.api.Test;

class FileNameRegexTest {
    @Test
    void regexesWithAGlobBecomeThatGlob() {
        assertThat(FileNameRegex.toGlob(".*\\.log")).isEqualTo("*.log");
        assertThat(FileNameRegex.toGlob("^app-.+\\.log$")).isEqualTo("app-?*.log");
        assertThat(FileNameRegex.toGlob("app.log")).isEqualTo("app?log");
        assertThat(FileNameRegex.toGlob("access[0-9]\\.log")).isEqualTo("access[0-9].log");
        assertThat(FileNameRegex.toGlob("[^.]x")).isEqualTo("[!.]x");
    }

    @Test
    void regexesWithoutAGlobAreRefusedNamingWhy() {
        assertThatThrownBy(() -> FileNameRegex.toGlob("(a|b)\\.log")).hasMessageContaining("'(' at position 0");
        assertThatThrownBy(() -> FileNameRegex.toGlob("a+\\.log")).hasMessageContaining("quantifier");
        assertThatThrownBy(() -> FileNameRegex.toGlob("[0-9]{4}\\.log")).hasMessageContaining("quantifier");
    }
}
