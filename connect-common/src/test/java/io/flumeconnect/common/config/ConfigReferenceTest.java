package io.flumeconnect.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.junit.jupiter.api.Test;

class ConfigReferenceTest {
    @Test
    void rendersOneTablePerGroupInDeclaredOrder() {
        ConfigDef def = new ConfigDef()
                .define("b.second", Type.INT, 5, ConfigDef.Range.atLeast(1), Importance.LOW, "Second | piped.",
                        "Group", 2, Width.SHORT, "B")
                .define("a.first", Type.STRING, Importance.HIGH, "First.", "Group", 1, Width.SHORT, "A")
                .define("secret", Type.PASSWORD, "hunter2", Importance.MEDIUM, "A password.", "Other", 1,
                        Width.SHORT, "S");

        String page = ConfigReference.markdown("Title", "Overview.", def);

        assertThat(page).isEqualTo("""
                # Title

                Overview.

                ## Group

                | Key | Type | Default | Valid values | Importance | Description |
                |---|---|---|---|---|---|
                | `a.first` | string | *required* |  | high | First. |
                | `b.second` | int | `5` | [1,...] | low | Second \\| piped. |

                ## Other

                | Key | Type | Default | Valid values | Importance | Description |
                |---|---|---|---|---|---|
                | `secret` | password | [hidden] |  | medium | A password. |
                """);
    }
}
