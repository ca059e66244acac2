package io.flumeconnect.launcher.process;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The jars of one Kafka release (broker, KRaft tools, Connect runtime and a logging back end), resolved
 * from Maven Central by coordinates with the project's own {@code ./mvnw} and kept under
 * {@code ~/.cache/flume-connect/kafka-VERSION/libs}. No tarball is downloaded.
 */
public final class KafkaRuntime {
    private final String version;
    private final Path libs;

    private KafkaRuntime(String version, Path libs) {
        this.version = version;
        this.libs = libs;
    }

    /** Resolves {@code version}'s jars once; later calls reuse them. */
    public static KafkaRuntime resolve(Path flumeHome, String version, PrintStream progress)
            throws IOException, InterruptedException {
        Path dir = cacheRoot().resolve("kafka-" + version);
        Path libs = dir.resolve("libs");
        Path complete = dir.resolve(".complete");
        if (!Files.exists(complete)) {
            progress.printf("Resolving the jars of Kafka %s from Maven (first run only)...%n", version);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("pom.xml"), runtimePom(version));
            run(dir, List.of(flumeHome.resolve("mvnw").toString(), "-B", "-f", "pom.xml",
                    "dependency:copy-dependencies", "-DincludeScope=runtime", "-DoutputDirectory=libs"), progress);
            Files.writeString(complete, version);
        }
        return new KafkaRuntime(version, libs);
    }

    public String version() {
        return version;
    }

    /**
     * A {@code plugin.path} directory holding Kafka's own file connectors ({@code connect-file}) of this release,
     * resolved once like the runtime: the benchmarks' FileStreamSource. Kafka 4.4.0 published none.
     */
    public Path connectFilePluginPath(Path flumeHome, PrintStream progress) throws IOException, InterruptedException {
        Path pluginPath = libs.resolveSibling("connect-file-plugin");
        Path complete = pluginPath.resolve(".complete");
        if (!Files.exists(complete)) {
            progress.printf("Resolving org.apache.kafka:connect-file:%s from Maven (first run only)...%n", version);
            Files.createDirectories(pluginPath);
            run(libs.getParent(), List.of(flumeHome.resolve("mvnw").toString(), "-B", "dependency:copy",
                    "-Dartifact=org.apache.kafka:connect-file:" + version,
                    "-DoutputDirectory=" + pluginPath.resolve("connect-file")), progress);
            Files.writeString(complete, version);
        }
        return pluginPath;
    }

    /** Kafka 4 logs through Log4j 2; Kafka 3 through reload4j (Log4j 1 API). */
    public boolean usesLog4j2() {
        return Integer.parseInt(version.substring(0, version.indexOf('.'))) >= 4;
    }

    public String classpath() throws IOException {
        try (Stream<Path> jars = Files.list(libs)) {
            return jars.filter(p -> p.toString().endsWith(".jar")).sorted().map(Path::toString)
                    .collect(Collectors.joining(java.io.File.pathSeparator));
        }
    }

    static Path cacheRoot() {
        String override = System.getenv("FLUME_CONNECT_CACHE");
        return override != null ? Path.of(override) : Path.of(System.getProperty("user.home"), ".cache", "flume-connect");
    }

    /**
     * Runs Maven with its output in {@code resolve.log}, showing each file it downloads as progress (one line
     * per file, with the count so far), so that a first run's minutes of downloads are not silent.
     */
    static void run(Path dir, List<String> command, PrintStream progress)
            throws IOException, InterruptedException {
        Path log = dir.resolve("resolve.log");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        int downloaded = 0;
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             BufferedWriter saved = Files.newBufferedWriter(log)) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                saved.write(line);
                saved.newLine();
                if (line.startsWith("Downloaded from")) {
                    progress.printf("  [%d] %s%n", ++downloaded, line.substring(line.lastIndexOf('/') + 1));
                }
            }
        }
        if (!process.waitFor(15, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("resolving jars from Maven failed: " + String.join(" ", command) + "; see " + log);
        }
    }

    private static String runtimePom(String version) {
        String logging = Integer.parseInt(version.substring(0, version.indexOf('.'))) >= 4
                ? dependency("org.apache.logging.log4j", "log4j-slf4j2-impl", BuildProperties.get("log4j.version"))
                        + dependency("org.apache.logging.log4j", "log4j-core", BuildProperties.get("log4j.version"))
                        + dependency("org.slf4j", "slf4j-api", BuildProperties.get("slf4j.version"))
                : dependency("org.slf4j", "slf4j-reload4j", BuildProperties.get("kafka3.slf4j-reload4j.version"))
                        + dependency("ch.qos.reload4j", "reload4j", BuildProperties.get("kafka3.reload4j.version"));
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>io.flumeconnect.runtime</groupId>
                  <artifactId>kafka-runtime</artifactId>
                  <version>%1$s</version>
                  <packaging>pom</packaging>
                  <dependencies>
                %2$s%3$s%4$s%5$s  </dependencies>
                </project>
                """.formatted(version,
                dependency("org.apache.kafka", "kafka_2.13", version),
                dependency("org.apache.kafka", "kafka-tools", version),
                dependency("org.apache.kafka", "connect-runtime", version),
                logging);
    }

    private static String dependency(String group, String artifact, String version) {
        return "    <dependency><groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version></dependency>%n"
                .formatted(group, artifact, version);
    }
}
