package io.flumeconnect.transforms;

import static io.flumeconnect.transforms.support.HostileInputs.onSmallStack;
import static io.flumeconnect.transforms.support.TestRecords.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flumeconnect.transforms.filter.RegexFilter;
import io.flumeconnect.transforms.mask.Mask;
import io.flumeconnect.transforms.parse.ParseJson;
import io.flumeconnect.transforms.parse.ParseLine;
import io.flumeconnect.transforms.predicates.ValueMatches;
import io.flumeconnect.transforms.support.RecordFailure;
import java.util.Map;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.transforms.Transformation;
import org.junit.jupiter.api.Test;

/**
 * The lines that killed tasks (issue 17): the docs' own ParseLine and Mask examples on {@code a@ + b. x 51,199},
 * and any failure on a record, a StackOverflowError included, turned into the transform's documented
 * behaviour (on.failure, or a failure of the record that names the transform and the record).
 */
class PoisonPillTest {
    /** The line appended to the access log in the issue. */
    private static final String POISON = "a@" + "b.".repeat(51_199);
    /** A custom regex that recurses once per repetition: it overflows any stack on 100 KB. */
    private static final String RECURSIVE = "(?<word>(?:a|b)*)c";
    private static final String RECURSION_FOOD = "ab".repeat(50_000);

    @Test
    void theDocsCombinedLogPatternPassesThePoisonLineOnWithTheReason() throws Throwable {
        SourceRecord result = onSmallStack(() -> apply(new ParseLine<>(), Map.of("pattern", "%{COMBINEDAPACHELOG}"),
                source(POISON)));
        assertThat(result.value()).isEqualTo(POISON);
        assertThat(header(result, "flume.parse.error")).contains("does not match");
    }

    @Test
    void theDocsEmailPresetMasksAroundThePoisonLine() throws Throwable {
        String line = "GET /subscribe?email=" + POISON + " from jane@example.org";
        SourceRecord result = onSmallStack(() -> apply(new Mask<>(), Map.of("presets", "email,ipv4,ipv6,card,bearer"),
                source(line)));
        assertThat((String) result.value()).endsWith(" from ****").doesNotContain("jane@example.org");
    }

    @Test
    void deeplyNestedJsonIsAParseFailure() throws Throwable {
        String nested = "[".repeat(50_000) + "]".repeat(50_000);
        SourceRecord result = onSmallStack(() -> apply(new ParseJson<>(), Map.of(), source(nested)));
        assertThat(result.value()).isEqualTo(nested);
        assertThat(header(result, "flume.parse.error")).isNotBlank();
    }

    @Test
    void aStackOverflowInParseLineFollowsOnFailure() throws Throwable {
        SourceRecord passed = onSmallStack(() -> apply(new ParseLine<>(), Map.of("pattern", RECURSIVE),
                source(RECURSION_FOOD)));
        assertThat(passed.value()).isEqualTo(RECURSION_FOOD);
        assertThat(header(passed, "flume.parse.error")).contains("StackOverflowError");

        SourceRecord dropped = onSmallStack(() -> apply(new ParseLine<>(),
                Map.of("pattern", RECURSIVE, "on.failure", "drop"), source(RECURSION_FOOD)));
        assertThat(dropped).isNull();

        assertThatThrownBy(() -> onSmallStack(() -> apply(new ParseLine<>(),
                Map.of("pattern", RECURSIVE, "on.failure", "fail"), sink(RECURSION_FOOD))))
                .isInstanceOf(RecordFailure.class)
                .hasMessageStartingWith("ParseLine: ")
                .hasMessageContaining("StackOverflowError")
                .hasMessageContaining("topic logs, partition 3, offset 42");
    }

    @Test
    void aStackOverflowInMaskFailsTheRecordNamingTransformAndRecord() {
        assertThatThrownBy(() -> onSmallStack(() -> apply(new Mask<>(), Map.of("pattern", RECURSIVE),
                sink(RECURSION_FOOD))))
                .isInstanceOf(RecordFailure.class)
                .hasMessageStartingWith("Mask: ")
                .hasMessageContaining("StackOverflowError")
                .hasMessageContaining("topic logs, partition 3, offset 42");
    }

    @Test
    void aStackOverflowInAFilterOrPredicateFailsTheRecord() {
        assertThatThrownBy(() -> onSmallStack(() -> apply(new RegexFilter<>(), Map.of("pattern", RECURSIVE),
                source(RECURSION_FOOD))))
                .isInstanceOf(RecordFailure.class)
                .hasMessageStartingWith("RegexFilter: ")
                .hasMessageContaining("source partition {file=/var/log/access.log}, source offset {position=1234}");
        assertThatThrownBy(() -> onSmallStack(() -> {
            ValueMatches<SinkRecord> predicate = new ValueMatches<>();
            predicate.configure(Map.of("pattern", RECURSIVE));
            return predicate.test(sink(RECURSION_FOOD));
        })).isInstanceOf(RecordFailure.class).hasMessageContaining("StackOverflowError");
    }

    @Test
    void aTextOverMaxInputCharsIsNotMatched() {
        SourceRecord passed = apply(new ParseLine<>(), Map.of("pattern", "%{COMBINEDAPACHELOG}",
                "max.input.chars", "100"), source(POISON));
        assertThat(header(passed, "flume.parse.error"))
                .contains("the text has 102400 characters, more than max.input.chars=100");
        assertThatThrownBy(() -> apply(new Mask<>(), Map.of("presets", "email", "max.input.chars", "100"),
                sink(POISON)))
                .isInstanceOf(RecordFailure.class)
                .hasMessageStartingWith("Mask: ")
                .hasMessageContaining("max.input.chars=100")
                .hasMessageContaining("offset 42");
    }

    private static <R extends ConnectRecord<R>> R apply(
            Transformation<R> transform, Map<String, String> config, R record) {
        try {
            transform.configure(config);
            return transform.apply(record);
        } finally {
            transform.close();
        }
    }

    private static SourceRecord source(String line) {
        return new SourceRecord(Map.of("file", "/var/log/access.log"), Map.of("position", 1234L), "logs", null,
                Schema.OPTIONAL_STRING_SCHEMA, line);
    }

    private static SinkRecord sink(String line) {
        return new SinkRecord("logs", 3, null, null, Schema.OPTIONAL_STRING_SCHEMA, line, 42);
    }
}
