package io.flumeconnect.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every plugin the build packaged, as a zip archive in Confluent Hub component layout and as a directory
 * for plugin.path: a filtered manifest, its jars in lib/ without Kafka's or SLF4J's (and heavy ones only
 * where needed), its reference pages in doc/, its examples in etc/, and the archive holding what the
 * directory holds.
 */
class PackagedPluginsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = BuildOutput.ROOT;
    private static final String TARGET = BuildOutput.TARGET;

    @TestFactory
    List<DynamicTest> everyPackagedPluginHasTheComponentLayout() throws IOException {
        List<Path> plugins = BuildOutput.shippedPluginDirs();
        assertThat(plugins).as("packaged plugins under %s/*/%s/plugin-path", ROOT, TARGET).hasSizeGreaterThanOrEqualTo(5);
        return plugins.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir))).toList();
    }

    private static void check(Path dir) throws IOException {
        JsonNode manifest = JSON.readTree(dir.resolve("manifest.json").toFile());
        HubManifest hub = new HubManifest(manifest);
        hub.check();
        assertThat(hub.ownerAndName()).isEqualTo(dir.getFileName().toString());

        Set<String> jars = names(dir.resolve("lib"));
        assertThat(jars).as("lib/ of %s", dir).isNotEmpty()
                .anyMatch(jar -> jar.startsWith("connect-common-"))
                .noneMatch(jar -> jar.matches("(kafka|connect-api|connect-transforms|connect-runtime|connect-json|slf4j).*"))
                .as("the worker's compression libraries (native code) are not packaged again")
                .noneMatch(jar -> jar.matches("(snappy-java|zstd-jni|lz4-java)-.*"));
        assertThat(names(dir.resolve("doc"))).contains("LICENSE");
        String plugin = dir.getFileName().toString();
        if (!plugin.endsWith("hdfs-sink")) {
            assertThat(jars).as("Hadoop only in the HDFS sink").noneMatch(jar -> jar.startsWith("hadoop-"));
        }
        if (!plugin.endsWith("jdbc-sink")) {
            assertThat(jars).as("JDBC drivers only in the JDBC sink")
                    .noneMatch(jar -> jar.matches("(postgresql|mariadb-java-client|sqlite-jdbc|mysql).*"));
        }

        Path module = dir.getParent().getParent().getParent();
        Path examples = ROOT.resolve("config-examples/src/main/examples")
                .resolve(artifactId(module, manifest.path("version").asText()));
        if (Files.isDirectory(examples)) {
            assertThat(names(dir.resolve("etc"))).as("etc/ of %s", dir).isEqualTo(names(examples));
        }
        assertThat(archiveEntries(module.resolve(TARGET).resolve(hub.archiveName())))
                .as("the archive holds what the directory holds").containsAll(relativeFiles(dir));
    }

    /** The module's artifactId: its jar in the module's output directory is {@code <artifactId>-<version>.jar}. */
    private static String artifactId(Path module, String version) throws IOException {
        String suffix = "-" + version + ".jar";
        try (Stream<Path> files = Files.list(module.resolve(TARGET))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix))
                    .map(n -> n.substring(0, n.length() - suffix.length())).findFirst()
                    .orElseThrow(() -> new AssertionError("no *" + suffix + " in " + module.resolve(TARGET)));
        }
    }

    private static Set<String> archiveEntries(Path zip) throws IOException {
        assertThat(zip).as("the Hub archive").isRegularFile();
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            return archive.stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName)
                    .map(name -> name.substring(name.indexOf('/') + 1)).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Set<String> relativeFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
