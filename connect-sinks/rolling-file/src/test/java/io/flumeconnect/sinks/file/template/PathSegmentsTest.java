package io.flumeconnect.sinks.file.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
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
    void sanitizeEscapesSeparatorsControlsPercentAndNamesThatHide() {
        assertThat(PathSegments.sanitize("a/b\\c:d")).isEqualTo("a%2Fb%5Cc%3Ad");
        assertThat(PathSegments.sanitize("..")).isEqualTo("%2E.");
        assertThat(PathSegments.sanitize("../../x")).isEqualTo("%2E.%2F..%2Fx");
        assertThat(PathSegments.sanitize(".hidden")).isEqualTo("%2Ehidden");
        assertThat(PathSegments.sanitize("_SUCCESS")).isEqualTo("%5FSUCCESS");
        assertThat(PathSegments.sanitize("x\ty")).isEqualTo("x%09y");
        assertThat(PathSegments.sanitize("100%")).isEqualTo("100%25");
        assertThat(PathSegments.sanitize("v1.2..3_a")).isEqualTo("v1.2..3_a");
        assertThat(PathSegments.sanitize(null)).isEmpty();
        assertThat(PathSegments.sanitize("ü-日本")).isEqualTo("ü-日本");
    }

    @Test
    void differentValuesNeverShareAName() {
        List<String> values = List.of("a/b", "a\nb", "a_b", "a%2Fb", "a\\b", "a:b", ".a", "%2Ea", "_a", "a");
        assertThat(values.stream().map(PathSegments::sanitize).distinct()).hasSameSizeAs(values);
    }

    @Test
    void sanitizeBoundsValuesInBytesAndKeepsLongValuesApart() {
        String emoji = "\uD83D\uDE00".repeat(300);
        String cut = PathSegments.sanitize(emoji);
        assertThat(cut.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(PathSegments.MAX_VALUE_BYTES);
        assertThat(cut).matches("(\uD83D\uDE00)+~[0-9a-f]{8}");
        assertThat(PathSegments.sanitize("x".repeat(1000))).hasSize(PathSegments.MAX_VALUE_BYTES);
        assertThat(PathSegments.sanitize("x".repeat(1000) + "1")).isNotEqualTo(PathSegments.sanitize("x".repeat(1000) + "2"));
        assertThat(PathSegments.sanitize("/".repeat(40)).getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(PathSegments.MAX_VALUE_BYTES);
        assertThat(PathSegments.sanitize("x".repeat(PathSegments.MAX_VALUE_BYTES))).as("a value that fits is kept whole")
                .isEqualTo("x".repeat(PathSegments.MAX_VALUE_BYTES));
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
