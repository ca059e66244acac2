package io.flumeconnect.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.testkit.ConnectClusterExtension;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example is valid for its plugin as packaged: {@code PUT /connector-plugins/{class}/config/validate}
 * on a real worker with all the build's plugin directories on its plugin.path, including the example's
 * transforms and predicates. Examples that need external services (HDFS, databases) are validated, not run.
 */
class ExamplesValidationIT {
    @RegisterExtension
    static final ConnectClusterExtension CONNECT = ConnectClusterExtension.with(b -> b.workers(1).allPackagedPlugins());

    @TempDir
    static Path quickstartDir;

    @TestFactory
    List<DynamicTest> everyExampleValidates() throws IOException {
        return Example.files().stream()
                .map(file -> DynamicTest.dynamicTest(Example.relative(file), () -> assertValid(file)))
                .toList();
    }

    private static void assertValid(Path file) throws IOException {
        Example example = Example.load(file, quickstartDir);
        Map<String, String> config = new HashMap<>(example.config());
        config.put("name", example.name());

        Map<String, List<String>> errors;
        try {
            errors = CONNECT.cluster().validationErrors(example.connectorClass(), config);
        } catch (RuntimeException e) {
            // e.g. an unknown connector.class: the worker's answer lists every plugin, keep its start.
            String answer = String.valueOf(e.getMessage());
            throw new AssertionError(Example.relative(file) + ": the worker could not validate it: "
                    + answer.substring(0, Math.min(400, answer.length())), e);
        }

        assertThat(errors).as("%s is refused by %s:%n%s", Example.relative(file), example.connectorClass(),
                errors.entrySet().stream().map(e -> "  " + e.getKey() + ": " + e.getValue())
                        .collect(Collectors.joining("\n"))).isEmpty();
    }
}
