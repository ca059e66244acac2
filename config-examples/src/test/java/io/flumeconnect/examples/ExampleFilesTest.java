package io.flumeconnect.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every example is well-formed connector JSON; connector names are unique across all of them. */
class ExampleFilesTest {
    @Test
    void everyExampleIsAConnectorWithAClassAndAUniqueName(@TempDir Path dir) throws Exception {
        List<String> names = new ArrayList<>();
        assertThat(Example.files()).as("examples under %s", Example.root()).isNotEmpty();
        for (Path file : Example.files()) {
            Example example = Example.load(file, dir);
            assertThat(example.connectorClass()).as("connector.class in %s", Example.relative(file)).isNotBlank();
            assertThat(example.config()).as("%s", Example.relative(file)).doesNotContainKey("name");
            names.add(example.name());
        }
        assertThat(names).as("connector names").doesNotHaveDuplicates();
    }
}
