package io.flumeconnect.launcher.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** What a file sink left in its directory: committed files (their lines tallied) and temporary files. */
final class SinkFiles {
    private final Path dir;

    SinkFiles(Path dir) {
        this.dir = dir;
    }

    /** Temporary files: hidden names ending in {@code .tmp}, anywhere below the directory. */
    List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    /** The lines of every committed (not temporary) file. */
    Tally committed(String prefix) throws IOException {
        Tally tally = new Tally(prefix);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .toList()) {
                Files.readAllLines(file).forEach(tally::add);
            }
        }
        return tally;
    }
}
