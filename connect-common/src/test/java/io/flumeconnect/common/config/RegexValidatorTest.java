package io.flumeconnect.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class RegexValidatorTest {
    private final RegexValidator validator = new RegexValidator();

    @Test
    void acceptsARegexAndTheEmptyOne() {
        validator.ensureValid("pattern", "^\\d+ (?<word>\\w+)$");
        validator.ensureValid("pattern", "");
        assertThat(RegexValidator.compile("pattern", "a+b").matcher("xaab").find()).isTrue();
    }

    @Test
    void refusesABrokenRegexNamingKeyValueAndPosition() {
        assertThatThrownBy(() -> validator.ensureValid("multiline.pattern", "^(unclosed"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("multiline.pattern")
                .hasMessageContaining("^(unclosed")
                .hasMessageContaining("not a valid Java regular expression")
                .hasMessageContaining("near index");
    }
}
