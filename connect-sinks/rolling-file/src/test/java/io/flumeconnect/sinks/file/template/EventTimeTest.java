package io.flumeconnect.sinks.file.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class EventTimeTest {
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(5_000), ZoneOffset.UTC);

    @Test
    void readsEachSource() {
        SinkRecord record = new SinkRecord("t", 0, null, null, null, Map.of("ts", 3_000L), 0L, 1_000L, null);
        record.headers().addString("timestamp", "2000");
        assertThat(new EventTime(EventTime.Source.RECORD, null, CLOCK).of(record)).isEqualTo(1_000L);
        assertThat(new EventTime(EventTime.Source.HEADER, "timestamp", CLOCK).of(record)).isEqualTo(2_000L);
        assertThat(new EventTime(EventTime.Source.FIELD, "ts", CLOCK).of(record)).isEqualTo(3_000L);
        assertThat(new EventTime(EventTime.Source.WALLCLOCK, null, CLOCK).of(record)).isEqualTo(5_000L);
        assertThat(EventTime.source("wallclock")).isEqualTo(EventTime.Source.WALLCLOCK);
    }

    @Test
    void missingOrUnparseableTimeIsADataError() {
        SinkRecord record = new SinkRecord("t", 0, null, null, null, "v", 0L, null, null);
        record.headers().addString("timestamp", "yesterday");
        assertThatThrownBy(() -> new EventTime(EventTime.Source.HEADER, "timestamp", CLOCK).of(record))
                .isInstanceOf(DataException.class).hasMessageContaining("'yesterday'");
        assertThatThrownBy(() -> new EventTime(EventTime.Source.HEADER, "other", CLOCK).of(record))
                .isInstanceOf(DataException.class).hasMessageContaining("missing");
        assertThatThrownBy(() -> new EventTime(EventTime.Source.RECORD, null, CLOCK).of(record))
                .isInstanceOf(DataException.class);
    }
}
