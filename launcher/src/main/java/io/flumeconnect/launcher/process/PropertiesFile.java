package io.flumeconnect.launcher.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes a Kafka {@code .properties} file in key order, for humans who open it. */
final class PropertiesFile {
    private PropertiesFile() {
    }

    static Path write(Path file, Map<String, String> properties) throws IOException {
        String text = new java.util.TreeMap<>(properties).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n", "", "\n"));
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
