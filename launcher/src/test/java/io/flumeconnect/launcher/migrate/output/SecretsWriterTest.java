package io.flumeconnect.launcher.migrate.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SecretsWriterTest {
    @Test
    void writesWhatPropertiesReadsBackUnchanged() throws Exception {
        Map<String, String> secrets = Map.of(
                "a.sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required "
                        + "username=\"u\" password=\"p\\\\w=:#!\";",
                "b.password", " leading space, trailing tab\t",
                "c.key:with=separators", "line\nbreak");

        Properties read = new Properties();
        read.load(new StringReader(SecretsWriter.text(secrets)));

        assertThat(read).containsExactlyInAnyOrderEntriesOf(secrets);
    }
}
