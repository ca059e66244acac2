package io.flumeconnect.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class EnumValuesTest {
    private enum Mode { FAST_START, SLOW }

    @Test
    void listsTheConstantsInLowerCase() {
        assertThat(EnumValues.of(Mode.class)).containsExactly("fast_start", "slow");
    }

    @Test
    void validatorAcceptsAnyCaseAndListsTheValuesWhenItRefuses() {
        ConfigDef.Validator validator = EnumValues.validator(Mode.class);
        validator.ensureValid("mode", "FAST_start");
        assertThat(validator.toString()).containsIgnoringCase("fast_start").containsIgnoringCase("slow");
        assertThatThrownBy(() -> validator.ensureValid("mode", "medium"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("mode")
                .hasMessageContaining("FAST_START");
    }

    @Test
    void parsesAValidatedValueInAnyCase() {
        assertThat(EnumValues.parse(Mode.class, "Slow")).isEqualTo(Mode.SLOW);
    }
}
