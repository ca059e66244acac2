package io.flumeconnect.transforms.interceptor;

import static io.flumeconnect.transforms.support.TestRecords.event;
import static io.flumeconnect.transforms.support.TestRecords.header;
import static io.flumeconnect.transforms.support.TestRecords.record;
import static io.flumeconnect.transforms.support.TestRecords.schemaless;
import static io.flumeconnect.transforms.support.TestRecords.tombstone;
import static io.flumeconnect.transforms.support.TestRecords.validationErrors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flumeconnect.transforms.support.TestRecords;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SearchReplaceTest {
    private final SearchReplace<SourceRecord> transform = new SearchReplace<>();

    @AfterEach
    void close() {
        transform.close();
    }

    @Test
    void rewritesTheValueKeepingBytesAsBytes() {
        transform.configure(Map.of("pattern", "password=\\S+", "replacement", "password=***"));
        assertThat(transform.apply(schemaless("user=a password=secret x")).value()).isEqualTo("user=a password=*** x");
        byte[] rewritten = (byte[]) transform.apply(schemaless("password=1".getBytes(StandardCharsets.UTF_8))).value();
        assertThat(new String(rewritten, StandardCharsets.UTF_8)).isEqualTo("password=***");
    }

    @Test
    void rewritesAStructFieldWithGroupReferences() {
        transform.configure(Map.of("source", "field:message", "pattern", "(?<user>\\w+)@(\\w+)\\.com",
                "replacement", "${user} at $2"));
        SourceRecord result = transform.apply(record(TestRecords.EVENT, event("mail bob@example.com", "EU", "GET", 1)));
        assertThat(((Struct) result.value()).getString("message")).isEqualTo("mail bob at example");
        assertThat(result.valueSchema()).isSameAs(TestRecords.EVENT);
    }

    @Test
    void rewritesAMapFieldAndAHeader() {
        transform.configure(Map.of("source", "field:region", "pattern", "^eu-.*", "replacement", "EU"));
        assertThat(transform.apply(schemaless(Map.of("region", "eu-west-1"))).value())
                .asInstanceOf(InstanceOfAssertFactories.map(String.class, Object.class))
                .containsEntry("region", "EU");
        transform.configure(Map.of("source", "header:host", "pattern", "\\.internal$"));
        assertThat(header(transform.apply(schemaless("v", "host", "web1.internal")), "host")).isEqualTo("web1");
    }

    @Test
    void leavesRecordsWithoutMatchOrTextAndTombstones() {
        transform.configure(Map.of("source", "header:host", "pattern", "x"));
        SourceRecord noHeader = schemaless("x");
        assertThat(transform.apply(noHeader)).isSameAs(noHeader);
        SourceRecord noMatch = schemaless("x", "host", "abc");
        assertThat(transform.apply(noMatch)).isSameAs(noMatch);
        SourceRecord tombstone = tombstone("host", "x");
        assertThat(transform.apply(tombstone)).isSameAs(tombstone);
    }

    @Test
    void refusesReplacementsThatReferToMissingGroups() {
        assertThatThrownBy(() -> transform.configure(Map.of("pattern", "(a)", "replacement", "$2")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("Invalid value $2 for configuration replacement: refers to group 2 but the pattern has 1");
        assertThatThrownBy(() -> transform.configure(Map.of("pattern", "(a)", "replacement", "${name}")))
                .hasMessageContaining("refers to group 'name', which the pattern does not name");
        assertThatThrownBy(() -> transform.configure(Map.of("pattern", "a", "replacement", "US$")))
                .hasMessageContaining("write \\$ for a dollar sign");
        transform.configure(Map.of("pattern", "a", "replacement", "US\\$"));
        assertThat(transform.apply(schemaless("a")).value()).isEqualTo("US$");
        assertThat(validationErrors(SearchReplaceConfig.CONFIG_DEF, Map.of("pattern", "[")))
                .containsOnlyKeys("pattern");
        assertThat(validationErrors(SearchReplaceConfig.CONFIG_DEF, Map.of("pattern", "a"))).isEmpty();
    }

    @Test
    void referencePageIsCurrent() throws Exception {
        TestRecords.verifyReference(SearchReplace.class, SearchReplace.OVERVIEW_DOC, SearchReplaceConfig.CONFIG_DEF);
    }
}
