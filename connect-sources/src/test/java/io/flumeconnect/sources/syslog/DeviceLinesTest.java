package io.flumeconnect.sources.syslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The corpus of real device lines in {@code syslog/device-lines.txt}, each with its source, read in format auto. */
class DeviceLinesTest {
    static final Clock RECEIVED = Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC);

    record Case(String line, String expected) {
        @Override
        public String toString() {
            return line;
        }
    }

    static Stream<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = DeviceLinesTest.class.getResourceAsStream("/syslog/device-lines.txt")) {
            String line = null;
            for (String row : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (row.startsWith("line: ")) {
                    line = row.substring("line: ".length());
                } else if (row.startsWith("expect: ")) {
                    cases.add(new Case(line, row.substring("expect: ".length())));
                }
            }
        }
        assertThat(cases).hasSizeGreaterThan(20);
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void eachDeviceLineIsReadAsExpected(Case sample) throws SyslogParseException {
        SyslogMessage message = new SyslogParser(SyslogFormat.AUTO, ZoneOffset.UTC, RECEIVED).parse(sample.line());
        String[] expected = sample.expected().split("\\|", 9);
        assertThat(message.format().label()).isEqualTo(expected[0]);
        assertThat(message.facility()).isEqualTo(Integer.parseInt(expected[1]));
        assertThat(message.severity()).isEqualTo(Integer.parseInt(expected[2]));
        assertThat(message.timestamp()).isEqualTo(expected[3].isEmpty() ? null : Instant.parse(expected[3]));
        assertThat(message.hostname()).as("hostname").isEqualTo(orNull(expected[4]));
        assertThat(message.appName()).as("app name").isEqualTo(orNull(expected[5]));
        assertThat(message.procId()).as("proc id").isEqualTo(orNull(expected[6]));
        assertThat(message.msgId()).as("msg id").isEqualTo(orNull(expected[7]));
        assertThat(message.message()).as("message").isEqualTo(orNull(expected[8]));
    }

    private static String orNull(String field) {
        return field.isEmpty() ? null : field;
    }
}
