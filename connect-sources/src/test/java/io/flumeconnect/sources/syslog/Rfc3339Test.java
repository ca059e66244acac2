package io.flumeconnect.sources.syslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written reading of the common shape gives what {@link DateTimeFormatter} gives, and refuses the same. */
class Rfc3339Test {

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-03T08:00:00Z", "2026-12-03T08:00:00.000Z", "2003-10-11T22:14:15.003Z",
            "2003-08-24T05:14:15.000003-07:00", "2026-12-03T10:00:00.123456789+02:00", "2024-02-29T23:59:59.9+14:00",
            "1985-04-12T23:20:50.52-00:00", "0001-01-01T00:00:00+18:00", "9999-12-31T23:59:59-18:00",
            "2026-12-03T08:00Z", "2026-12-03T08:00:00.Z", "2026-12-03t08:00:00z", "2026-12-03T08:00:00+02:00:30", "+12026-12-03T08:00:00Z"})
    void readsWhatTheIsoFormatterReads(String value) {
        assertThat(Rfc3339.parse(value)).isEqualTo(iso(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-12-32T00:00:00Z",
            "2026-12-03T24:00:00Z", "2026-12-03T08:60:00Z", "2026-12-03T08:00:60Z", "2026-12-03T08:00:00",
            "2026-12-03T08:00:00.1234567890Z", "2026-12-03T08:00:00+19:00",
            "2026-12-03T08:00:00+0200", "2026-12-03 08:00:00Z", "2026-1x-03T08:00:00Z", "-"})
    void refusesWhatTheIsoFormatterRefuses(String value) {
        assertThatThrownBy(() -> iso(value)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Rfc3339.parse(value)).isInstanceOf(DateTimeException.class);
    }

    @Property(tries = 2000)
    void agreesWithTheIsoFormatterOnRandomTimestamps(@ForAll("timestamps") String value) {
        Instant expected;
        try {
            expected = iso(value);
        } catch (DateTimeParseException refused) {
            assertThatThrownBy(() -> Rfc3339.parse(value)).isInstanceOf(DateTimeException.class);
            return;
        }
        assertThat(Rfc3339.parse(value)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> timestamps() {
        Arbitrary<String> fraction = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(10)
                .map(digits -> digits.isEmpty() ? "" : "." + digits);
        Arbitrary<String> offset = Arbitraries.oneOf(Arbitraries.of("Z", "z", "+00:00", "-00:00"),
                Arbitraries.integers().between(0, 19).flatMap(h -> Arbitraries.integers().between(0, 60)
                        .flatMap(m -> Arbitraries.of("+", "-").map(sign -> "%s%02d:%02d".formatted(sign, h, m)))));
        return Arbitraries.integers().between(0, 10_000).flatMap(year -> Arbitraries.integers().between(0, 13)
                .flatMap(month -> Arbitraries.integers().between(0, 32).flatMap(day -> Arbitraries.integers()
                        .between(0, 24).flatMap(hour -> Arbitraries.integers().between(0, 60).flatMap(minute ->
                                Arbitraries.integers().between(0, 60).flatMap(second -> fraction.flatMap(f ->
                                        offset.map(o -> "%04d-%02d-%02dT%02d:%02d:%02d%s%s".formatted(year, month,
                                                day, hour, minute, second, f, o)))))))));
    }

    private static Instant iso(String value) {
        return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    }
}
