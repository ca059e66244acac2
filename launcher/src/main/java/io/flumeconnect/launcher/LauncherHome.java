package io.flumeconnect.launcher;

import io.flumeconnect.launcher.process.BuildProperties;
import io.flumeconnect.launcher.process.LocalStack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the launcher runs from: the checkout ({@code flume.home}, set by {@code bin/flume-connect}), the
 * build's output directory name ({@code flume.target}), and the Kafka version the build was made for.
 */
public record LauncherHome(Path home, String target, String kafkaVersion) {
    public static LauncherHome fromSystemProperties() {
        Path home = Path.of(System.getProperty("flume.home", ".")).toAbsolutePath().normalize();
        return new LauncherHome(home, System.getProperty("flume.target", "target"), BuildProperties.get("kafka.version"));
    }

    /** The packaged plugin directories of this build, for a worker's {@code plugin.path}. */
    public List<Path> pluginPath() throws IOException {
        return LocalStack.pluginPath(home, target);
    }

    /** {@code <home>/<target>/flume-connect/<name>}, emptied: every run starts from a clean state. */
    public Path freshWorkDir(String name) throws IOException {
        Path dir = home.resolve(target).resolve("flume-connect").resolve(name);
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        return Files.createDirectories(dir);
    }
}
