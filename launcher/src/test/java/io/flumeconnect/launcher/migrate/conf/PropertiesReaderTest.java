package io.flumeconnect.launcher.migrate.conf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PropertiesReaderTest {
    private static final String MESSY = """
            # comment
              ! other comment
            a1.sources=r1
            a1.channels    c1
            a1.sinks :\tk1
            a1.sources.r1.filegroups = g1 \\
                                       g2
            a1.sources.r1.regex = (\\\\d+)\\\\.log
            a1.sources.r1.path = C:\\\\logs\\\\x
            a1.sources.r1.unicode = caf\\u00e9
            a1.sources.r1.trailing = value   \t
            key\\ with\\ space = v
            a1.sources.r1.odd = ends with escaped backslash \\\\
            a1.sources.r1.next = n
            """;

    @Test
    void readsKeysAndValuesAsJavaPropertiesDoesTrimmedAsFlumeDoes() throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(MESSY));
        Map<String, String> expected = properties.stringPropertyNames().stream()
                .collect(Collectors.toMap(k -> k.trim(), k -> properties.getProperty(k).trim()));

        Map<String, String> read = PropertiesReader.read(MESSY).stream()
                .collect(Collectors.toMap(PropertyLine::key, PropertyLine::value));

        assertThat(read).isEqualTo(expected).containsEntry("a1.sources.r1.filegroups", "g1 g2")
                .containsEntry("a1.sources.r1.regex", "(\\d+)\\.log").containsEntry("a1.sinks", "k1");
    }

    @Test
    void eachEntryKeepsTheLineItStartsOn() {
        List<PropertyLine> entries = PropertiesReader.read(MESSY);

        assertThat(entries).extracting(PropertyLine::key, PropertyLine::line).startsWith(
                org.assertj.core.groups.Tuple.tuple("a1.sources", 3),
                org.assertj.core.groups.Tuple.tuple("a1.channels", 4),
                org.assertj.core.groups.Tuple.tuple("a1.sinks", 5),
                org.assertj.core.groups.Tuple.tuple("a1.sources.r1.filegroups", 6),
                org.assertj.core.groups.Tuple.tuple("a1.sources.r1.regex", 8));
        assertThat(entries).filteredOn(e -> e.key().equals("a1.sources.r1.next")).extracting(PropertyLine::line)
                .containsExactly(14);
    }

    @Test
    void aKeyWrittenTwiceAppearsTwiceInFileOrder() {
        assertThat(PropertiesReader.read("a.b = 1\na.b = 2\n")).extracting(PropertyLine::value).containsExactly("1", "2");
    }
}
