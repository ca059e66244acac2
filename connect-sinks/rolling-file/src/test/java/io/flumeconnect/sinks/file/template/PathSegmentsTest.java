package io.flumeconnect.sinks.file.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.ZoneOffset;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathSegmentsTest {
    @ParameterizedTest
    @ValueSource(strings = {"..", ".", "...", "../..", "../../../etc/passwd", "/etc/passwd", "\\..\\..\\windows",
        "a/../../b", "..\\..", "C:\\x", "hdfs://nn/x", "x\u0000y", "line\nbreak", "%2e%2e/", "..%2f..", "~/x", "/"})
    void everyTraversalAttemptStaysInside(String hostile) {
        Path base = Path.of("/sink/base");
        String rendered = PathSegments.relative(template("logs/%{h}/f-%{h}", hostile));
        Path resolved = base.resolve(rendered).normalize();
        assertThat(resolved.startsWith(base.resolve("logs"))).as("%s stays in %s", resolved, base).isTrue();
        assertThat(base.relativize(resolved).getNameCount()).as("levels for %s -> %s", hostile, rendered).isEqualTo(3);
    }

    @Test
    void sanitizeReplacesSeparatorsControlsAndDotOnlyNames() {
        assertThat(PathSegments.sanitize("a/b\\c:d")).isEqualTo("a_b_c_d");
        assertThat(PathSegments.sanitize("..")).isEqualTo("__");
        assertThat(PathSegments.sanitize("x\ty")).isEqualTo("x_y");
        assertThat(PathSegments.sanitize("v1.2..3")).isEqualTo("v1.2..3");
        assertThat(PathSegments.sanitize(null)).isEmpty();
        assertThat(PathSegments.sanitize("ü-日本")).isEqualTo("ü-日本");
    }

    @Test
    void sanitizeCutsLongValues() {
        assertThat(PathSegments.sanitize("x".repeat(1000))).hasSize(PathSegments.MAX_VALUE_LENGTH);
    }

    @Test
    void relativeNormalisesAndRefusesEscapes() {
        assertThat(PathSegments.relative("a//b/./c/")).isEqualTo("a/b/c");
        assertThat(PathSegments.relative("")).isEmpty();
        assertThatThrownBy(() -> PathSegments.relative("/abs")).hasMessageContaining("absolute");
        assertThatThrownBy(() -> PathSegments.relative("a/../..")).hasMessageContaining("'..'");
        assertThatThrownBy(() -> PathSegments.relative("a\\..\\b")).hasMessageContaining("'..'");
        assertThat(PathSegments.normalize("/x//y/")).as("an empty value at the start").isEqualTo("x/y");
        assertThatThrownBy(() -> PathSegments.normalize("/../x")).hasMessageContaining("'..'");
    }

    private static String template(String template, String headerValue) {
        SinkRecord record = new SinkRecord("logs", 0, null, null, null, "v", 1L, 0L, null);
        record.headers().addString("h", headerValue);
        EventTime time = new EventTime(EventTime.Source.RECORD, null, java.time.Clock.systemUTC());
        return PathTemplate.parse(template, ZoneOffset.UTC, TimeRounding.NONE).render(new RecordTemplateValues(record, time));
    }
}
