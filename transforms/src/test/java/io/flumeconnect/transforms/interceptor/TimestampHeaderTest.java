package io.flumeconnect.transforms.interceptor;

import static io.flumeconnect.transforms.support.TestRecords.TIMESTAMP;
import static io.flumeconnect.transforms.support.TestRecords.event;
import static io.flumeconnect.transforms.support.TestRecords.record;
import static io.flumeconnect.transforms.support.TestRecords.schemaless;
import static io.flumeconnect.transforms.support.TestRecords.tombstone;
import static io.flumeconnect.transforms.support.TestRecords.validationErrors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flumeconnect.transforms.support.TestRecords;
import java.util.Date;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimestampHeaderTest {
    private final TimestampHeader<SourceRecord> transform = new TimestampHeader<>();

    @AfterEach
    void close() {
        transform.close();
    }

    @Test
    void stampsTheCurrentTimeLikeFlume() {
        transform.configure(Map.of());
        long before = System.currentTimeMillis();
        Header header = transform.apply(schemaless("line")).headers().lastWithName("timestamp");
        assertThat(header.schema()).isEqualTo(Schema.INT64_SCHEMA);
        assertThat((Long) header.value()).isBetween(before, System.currentTimeMillis());
    }

    @Test
    void takesTheRecordTimestampAndCanPreserveAnExistingHeader() {
        transform.configure(Map.of("source", "record", "header", "ts", "preserve.existing", "true"));
        assertThat(transform.apply(schemaless("line")).headers().lastWithName("ts").value()).isEqualTo(TIMESTAMP);
        SourceRecord stamped = schemaless("line", "ts", "1");
        assertThat(transform.apply(stamped)).isSameAs(stamped);
    }

    @Test
    void parsesAStringFieldWithAPatternAndZone() {
        transform.configure(Map.of("source", "field:message", "format", "dd/MMM/yyyy:HH:mm:ss",
                "timezone", "+02:00", "set.record.timestamp", "true"));
        SourceRecord result = transform.apply(record(TestRecords.EVENT, event("01/May/2024:14:00:00", "EU", "GET", 1)));
        assertThat(result.headers().lastWithName("timestamp").value()).isEqualTo(TIMESTAMP);
        assertThat(result.timestamp()).isEqualTo(TIMESTAMP);
    }

    @Test
    void parsesTheHttpDateOfAccessLogsWhateverTheWorkersLocale() {
        Locale original = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            transform.configure(Map.of("source", "field:message", "format", "dd/MMM/yyyy:HH:mm:ss Z"));
            SourceRecord result = transform.apply(record(TestRecords.EVENT,
                    event("01/Oct/2024:14:00:00 +0200", "EU", "GET", 1)));
            assertThat(result.headers().lastWithName("timestamp").value())
                    .isEqualTo(Instant.parse("2024-10-01T12:00:00Z").toEpochMilli());
        } finally {
            Locale.setDefault(original);
        }
    }

    @Test
    void understandsIsoEpochMillisAndConnectTimestampsWithoutAFormat() {
        transform.configure(Map.of("source", "field:t"));
        assertThat(stamp(schemaless(Map.of("t", "2024-05-01T12:00:00Z")))).isEqualTo(TIMESTAMP);
        assertThat(stamp(schemaless(Map.of("t", "2024-05-01T14:00:00+02:00")))).isEqualTo(TIMESTAMP);
        assertThat(stamp(schemaless(Map.of("t", String.valueOf(TIMESTAMP))))).isEqualTo(TIMESTAMP);
        assertThat(stamp(schemaless(Map.of("t", TIMESTAMP)))).isEqualTo(TIMESTAMP);
        Schema schema = SchemaBuilder.struct().field("t", Timestamp.SCHEMA).build();
        assertThat(stamp(record(schema, new Struct(schema).put("t", new Date(TIMESTAMP))))).isEqualTo(TIMESTAMP);
    }

    @Test
    void readsAHeader() {
        transform.configure(Map.of("source", "header:event_time", "format", "yyyy-MM-dd"));
        assertThat(stamp(schemaless("x", "event_time", "2024-05-01"))).isEqualTo(1_714_521_600_000L);
    }

    @Test
    void handlesInvalidTimesAsConfigured() {
        transform.configure(Map.of("source", "field:t", "format", "yyyy-MM-dd"));
        assertThatThrownBy(() -> transform.apply(schemaless(Map.of("t", "yesterday"))))
                .isInstanceOf(DataException.class)
                .hasMessageStartingWith("TimestampHeader: no time at source=field:t with format='yyyy-MM-dd'");
        transform.configure(Map.of("source", "field:t", "on.invalid", "skip"));
        SourceRecord skipped = transform.apply(schemaless(Map.of("other", "x")));
        assertThat(skipped.headers().lastWithName("timestamp")).isNull();
        transform.configure(Map.of("source", "field:t", "on.invalid", "NOW"));
        assertThat((Long) stamp(schemaless(Map.of("t", "")))).isPositive();
    }

    @Test
    void passesTombstonesThrough() {
        InterceptorChecks.passesThrough(transform, Map.of(), tombstone());
    }

    @Test
    void refusesBadConfigNamingKeyAndValue() {
        InterceptorChecks.refuses(transform, "format", "yyyy-MM-dd'T");
        assertThat(validationErrors(TimestampHeaderConfig.CONFIG_DEF,
                Map.of("source", "body", "timezone", "Mars/Olympus", "on.invalid", "ignore")))
                .containsOnlyKeys("source", "timezone", "on.invalid");
        assertThat(validationErrors(TimestampHeaderConfig.CONFIG_DEF, Map.of("source", "header:t"))).isEmpty();
    }

    @Test
    void referencePageIsCurrent() throws Exception {
        TestRecords.verifyReference(TimestampHeader.class, TimestampHeader.OVERVIEW_DOC,
                TimestampHeaderConfig.CONFIG_DEF);
    }

    private Object stamp(SourceRecord record) {
        return transform.apply(record).headers().lastWithName("timestamp").value();
    }
}
