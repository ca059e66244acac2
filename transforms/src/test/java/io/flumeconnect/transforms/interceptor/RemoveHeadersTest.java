package io.flumeconnect.transforms.interceptor;

import static io.flumeconnect.transforms.support.TestRecords.event;
import static io.flumeconnect.transforms.support.TestRecords.record;
import static io.flumeconnect.transforms.support.TestRecords.schemaless;
import static io.flumeconnect.transforms.support.TestRecords.tombstone;
import static io.flumeconnect.transforms.support.TestRecords.validationErrors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flumeconnect.transforms.support.TestRecords;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RemoveHeadersTest {
    private final RemoveHeaders<SourceRecord> transform = new RemoveHeaders<>();

    @AfterEach
    void close() {
        transform.close();
    }

    @Test
    void removesByNameAndByPatternKeepingTheOrderOfTheRest() {
        transform.configure(Map.of("names", "secret,token", "pattern", "x-debug-.*"));
        SourceRecord result = transform.apply(record(TestRecords.EVENT, event("m", "EU", "GET", 1),
                "host", "a", "secret", "s", "x-debug-trace", "t", "file", "f", "token", "k", "secret", "s2"));
        assertThat(names(result)).containsExactly("host", "file");
        assertThat(result.value()).isNotNull();
    }

    @Test
    void leavesARecordWithoutSuchHeadersAsItIs() {
        transform.configure(Map.of("pattern", "^tmp.*"));
        SourceRecord given = schemaless(Map.of("a", 1), "host", "a", "notmp", "b");
        assertThat(transform.apply(given)).isSameAs(given);
    }

    @Test
    void patternMatchesWholeNames() {
        transform.configure(Map.of("pattern", "tmp"));
        assertThat(names(transform.apply(schemaless("v", "tmp", "1", "tmpx", "2")))).containsExactly("tmpx");
    }

    @Test
    void passesTombstonesThrough() {
        InterceptorChecks.passesThrough(transform, Map.of("names", "secret"), tombstone("secret", "s"));
    }

    @Test
    void refusesBadConfig() {
        assertThatThrownBy(() -> transform.configure(Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("configuration names")
                .hasMessageContaining("set names or pattern, else no header would be removed");
        assertThatThrownBy(() -> transform.configure(Map.of("pattern", "*")))
                .hasMessageContaining("Invalid value * for configuration pattern");
        assertThat(validationErrors(RemoveHeadersConfig.CONFIG_DEF, Map.of("pattern", "(")))
                .containsOnlyKeys("pattern");
        assertThat(validationErrors(RemoveHeadersConfig.CONFIG_DEF, Map.of("names", "a"))).isEmpty();
    }

    @Test
    void referencePageIsCurrent() throws Exception {
        TestRecords.verifyReference(RemoveHeaders.class, RemoveHeaders.OVERVIEW_DOC, RemoveHeadersConfig.CONFIG_DEF);
    }

    private static List<String> names(SourceRecord record) {
        List<String> names = new ArrayList<>();
        for (Header header : record.headers()) {
            names.add(header.key());
        }
        return names;
    }
}
