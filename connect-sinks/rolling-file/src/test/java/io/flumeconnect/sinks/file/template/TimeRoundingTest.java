package io.flumeconnect.sinks.file.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeRoundingTest {
    private static final long TIME = Instant.parse("2024-03-17T13:47:29.500Z").toEpochMilli();

    @ParameterizedTest
    @CsvSource({
        "1, SECOND, 2024-03-17T13:47:29Z",
        "10, SECOND, 2024-03-17T13:47:20Z",
        "15, MINUTE, 2024-03-17T13:45:00Z",
        "1, MINUTE, 2024-03-17T13:47:00Z",
        "6, HOUR, 2024-03-17T12:00:00Z",
        "1, HOUR, 2024-03-17T13:00:00Z",
        "1, DAY, 2024-03-17T00:00:00Z",
        "7, DAY, 2024-03-15T00:00:00Z"})
    void roundsDown(int value, TimeRounding.Unit unit, String expected) {
        assertThat(TimeRounding.down(value, unit).apply(TIME, ZoneOffset.UTC).toInstant()).isEqualTo(Instant.parse(expected));
    }

    @Test
    void roundsInTheTimeZone() {
        // 13:47 UTC is 19:17 in Kathmandu (+05:45): the hour boundary is local
        assertThat(TimeRounding.down(1, TimeRounding.Unit.HOUR).apply(TIME, ZoneId.of("Asia/Kathmandu")).toLocalTime())
                .hasToString("19:00");
    }

    @Test
    void noneKeepsTheTime() {
        assertThat(TimeRounding.NONE.apply(TIME, ZoneOffset.UTC).toInstant().toEpochMilli()).isEqualTo(TIME);
    }

    @Test
    void refusesValuesOutsideTheUnit() {
        assertThatThrownBy(() -> TimeRounding.down(0, TimeRounding.Unit.MINUTE)).hasMessageContaining("between 1 and 60");
        assertThatThrownBy(() -> TimeRounding.down(25, TimeRounding.Unit.HOUR)).hasMessageContaining("between 1 and 24");
        assertThat(TimeRounding.Unit.of(" hour ")).isEqualTo(TimeRounding.Unit.HOUR);
    }
}
