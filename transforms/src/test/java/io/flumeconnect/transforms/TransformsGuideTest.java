package io.flumeconnect.transforms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flumeconnect.testkit.ReferenceDocs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.transforms.Transformation;
import org.apache.kafka.connect.transforms.predicates.Predicate;
import org.junit.jupiter.api.Test;

/** Every connector JSON snippet of docs/transforms.md configures its transforms and predicates without error. */
class TransformsGuideTest {
    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);
    private static final List<String> RUNTIME_KEYS = List.of("type", "predicate", "negate");
    private static final String PREFIX = "io.flumeconnect.transforms.";

    @Test
    void everyExampleIsAValidConfiguration() throws Exception {
        List<Map<String, String>> examples = examples();
        assertThat(examples).hasSizeGreaterThan(10);
        for (Map<String, String> example : examples) {
            for (String alias : aliases(example, "transforms")) {
                Transformation<SourceRecord> transform = newInstance(example, "transforms." + alias);
                check(example, "transforms." + alias, transform.config());
                transform.configure(props(example, "transforms." + alias));
                transform.close();
                String predicate = example.get("transforms." + alias + ".predicate");
                if (predicate != null) {
                    assertThat(aliases(example, "predicates")).as("predicate of %s", alias).contains(predicate);
                }
            }
            for (String alias : aliases(example, "predicates")) {
                Predicate<SourceRecord> predicate = newInstance(example, "predicates." + alias);
                check(example, "predicates." + alias, predicate.config());
                predicate.configure(props(example, "predicates." + alias));
                predicate.close();
            }
        }
    }

    @Test
    void everyConnectorClassOfTheGuideExists() throws Exception {
        Path root = Path.of(System.getProperty(ReferenceDocs.REPO_ROOT_PROPERTY));
        List<String> classes = examples().stream().map(example -> example.get("connector.class"))
                .filter(Objects::nonNull).toList();
        assertThat(classes).as("the first example names a connector").isNotEmpty();
        for (String type : classes) {
            String source = type.replace('.', '/') + ".java";
            try (Stream<Path> modules = Files.list(root)) {
                assertThat(modules.anyMatch(module -> Files.exists(module.resolve("src/main/java").resolve(source))))
                        .as("%s is a class of this repository", type).isTrue();
            }
        }
    }

    /** The guide's WindowAggregate example aggregates by the time in the line, not by the time it was read. */
    @Test
    void theWindowAggregateExampleAggregatesByEventTime() throws Exception {
        Map<String, String> example = examples().stream()
                .filter(candidate -> candidate.containsValue(PREFIX + "aggregate.WindowAggregate")).findFirst()
                .orElseThrow();
        List<Transformation<SourceRecord>> chain = new ArrayList<>();
        for (String alias : aliases(example, "transforms")) {
            Transformation<SourceRecord> transform = newInstance(example, "transforms." + alias);
            transform.configure(props(example, "transforms." + alias));
            chain.add(transform);
        }
        List<SourceRecord> out = new ArrayList<>();
        for (String line : List.of(access("13:55:01", 200), access("13:55:40", 200), access("13:55:59", 404),
                access("13:56:30", 200), access("13:57:20", 200))) {
            SourceRecord record = new SourceRecord(Map.of(), Map.of(), "access", null, null, null,
                    Schema.OPTIONAL_STRING_SCHEMA, line, System.currentTimeMillis());
            for (Transformation<SourceRecord> transform : chain) {
                record = record == null ? null : transform.apply(record);
            }
            if (record != null) {
                out.add(record);
            }
        }
        chain.forEach(Transformation::close);

        long minute = Instant.parse("2000-10-10T20:55:00Z").toEpochMilli();
        assertThat(out).extracting(record -> ((Struct) record.value()).getInt64("window_start"))
                .containsOnly(minute);
        assertThat(out).extracting(record -> ((Struct) record.value()).getString("response"))
                .containsExactlyInAnyOrder("200", "404");
    }

    private static String access(String time, int status) {
        return "203.0.113.9 - - [10/Oct/2000:" + time + " -0700] \"GET / HTTP/1.1\" " + status
                + " 100 \"-\" \"curl/8.0\"";
    }

    private static List<Map<String, String>> examples() throws Exception {
        String guide = Files.readString(Path.of(System.getProperty(ReferenceDocs.REPO_ROOT_PROPERTY), "docs/transforms.md"));
        ObjectMapper json = new ObjectMapper();
        List<Map<String, String>> examples = new ArrayList<>();
        Matcher block = JSON_BLOCK.matcher(guide);
        while (block.find()) {
            examples.add(json.readValue(block.group(1), new TypeReference<Map<String, String>>() { }));
        }
        return examples;
    }

    private static List<String> aliases(Map<String, String> example, String key) {
        String list = example.get(key);
        return list == null ? List.of() : List.of(list.split("\\s*,\\s*"));
    }

    @SuppressWarnings("unchecked")
    private static <T> T newInstance(Map<String, String> example, String prefix) throws Exception {
        String type = example.get(prefix + ".type");
        assertThat(type).as("%s.type", prefix).isNotNull();
        return (T) Class.forName(type).getDeclaredConstructor().newInstance();
    }

    private static Map<String, String> props(Map<String, String> example, String prefix) {
        Map<String, String> props = new HashMap<>();
        example.forEach((key, value) -> {
            if (key.startsWith(prefix + ".") && !RUNTIME_KEYS.contains(key.substring(prefix.length() + 1))) {
                props.put(key.substring(prefix.length() + 1), value);
            }
        });
        return props;
    }

    private static void check(Map<String, String> example, String prefix, ConfigDef def) {
        Map<String, String> props = props(example, prefix);
        assertThat(props.keySet()).as("keys of %s", prefix).allMatch(def.names()::contains);
        assertThat(def.validate(props)).as("errors of %s", prefix).allMatch(value -> errorsOf(value).isEmpty());
    }

    private static List<String> errorsOf(ConfigValue value) {
        return value.errorMessages();
    }
}
