package io.flumeconnect.launcher.process;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A third-party connector resolved from Maven by coordinates with its runtime dependencies, as a {@code plugin.path}
 * directory kept under {@code ~/.cache/flume-connect/plugins/}: the peer a benchmark compares with (Debezium's JDBC
 * sink). Kafka's, SLF4J's and Jackson's core jars are left out, as Connect plugin archives (Debezium's among them)
 * leave them: the worker provides them. A plugin's own {@code jackson-databind} fails on a Kafka 4.3 worker as soon as
 * it looks for modules: {@code ServiceLoader} also finds the worker's ({@code Jdk8Module not a subtype}).
 */
public final class MavenConnectorPlugin {
    /** Part of the cache directory's name: a change of what is left out resolves the plugin again. */
    private static final String LAYOUT = "2";
    private MavenConnectorPlugin() {
    }

    /** Resolves {@code groupId:artifactId:version} once into {@code <plugin path>/<artifactId>/}; returns the plugin path. */
    public static Path resolve(Path flumeHome, String coordinates, PrintStream progress)
            throws IOException, InterruptedException {
        String[] parts = coordinates.split(":");
        if (parts.length != 3) {
            throw new IllegalArgumentException("expected groupId:artifactId:version, got " + coordinates);
        }
        Path dir = KafkaRuntime.cacheRoot().resolve("plugins").resolve(parts[1] + "-" + parts[2] + "-" + LAYOUT);
        Path pluginPath = dir.resolve("plugin-path");
        Path complete = dir.resolve(".complete");
        if (!Files.exists(complete)) {
            progress.printf("Resolving %s and its dependencies from Maven (first run only)...%n", coordinates);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("pom.xml"), """
                    <project xmlns="http://maven.apache.org/POM/4.0.0">
                      <modelVersion>4.0.0</modelVersion>
                      <groupId>io.flumeconnect.runtime</groupId>
                      <artifactId>%2$s-plugin</artifactId>
                      <version>%3$s</version>
                      <packaging>pom</packaging>
                      <dependencies>
                        <dependency><groupId>%1$s</groupId><artifactId>%2$s</artifactId><version>%3$s</version></dependency>
                      </dependencies>
                    </project>
                    """.formatted(parts[0], parts[1], parts[2]));
            KafkaRuntime.run(dir, List.of(flumeHome.resolve("mvnw").toString(), "-B", "-f", "pom.xml",
                    "dependency:copy-dependencies", "-DincludeScope=runtime", "-DexcludeGroupIds=org.apache.kafka,org.slf4j,com.fasterxml.jackson.core",
                    "-DoutputDirectory=" + pluginPath.resolve(parts[1])), progress);
            Files.writeString(complete, coordinates);
        }
        return pluginPath;
    }
}
