package io.flumeconnect.transforms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flumeconnect.testkit.ReferenceDocs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.transforms.Transformation;
import org.apache.kafka.connect.transforms.predicates.Predicate;
import org.junit.jupiter.api.Test;

/** Every connector JSON snippet of docs/transforms.md configures its transforms and predicates without error. */
class TransformsGuideTest {
    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);
    private static final List<String> RUNTIME_KEYS = List.of("type", "predicate", "negate");

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
