package io.flumeconnect.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class ZoneIdValidatorTest {
    @Test
    void acceptsRegionsOffsetsAndUtc() {
        ZoneIdValidator validator = new ZoneIdValidator();
        validator.ensureValid("time.zone", "Europe/Paris");
        validator.ensureValid("time.zone", "+02:00");
        assertThat(ZoneIdValidator.parse("time.zone", "UTC")).isEqualTo(ZoneId.of("UTC"));
        assertThat(ZoneIdValidator.parse("time.zone", "+02:00")).isEqualTo(ZoneOffset.ofHours(2));
    }

    @Test
    void refusesAnUnknownZoneNamingTheKey() {
        assertThatThrownBy(() -> new ZoneIdValidator().ensureValid("time.zone", "Mars/Base"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("time.zone")
                .hasMessageContaining("Mars/Base")
                .hasMessageContaining("not a time zone");
    }
}
