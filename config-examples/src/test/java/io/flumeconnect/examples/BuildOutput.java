package io.flumeconnect.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where this build put its output: the repository's root, the output directory's name, the packaged plugins. */
final class BuildOutput {
    static final Path ROOT = Path.of(System.getProperty("flume.repo.root", "."));
    static final String TARGET =
            Path.of(System.getProperty("project.build.directory", "target")).getFileName().toString();

    private BuildOutput() {
    }

    /** Every plugin directory this build packaged ({@code <module>/<target>/plugin-path/<plugin>}), except plugin-smoke's. */
    static List<Path> shippedPluginDirs() throws IOException {
        try (Stream<Path> dirs = Files.find(ROOT, 5, (path, attrs) -> attrs.isDirectory()
                && path.getParent() != null && path.getParent().getFileName().toString().equals("plugin-path")
                && path.getParent().getParent().getFileName().toString().equals(TARGET)
                && !path.startsWith(ROOT.resolve("plugin-smoke")))) {
            return dirs.sorted().toList();
        }
    }
}
