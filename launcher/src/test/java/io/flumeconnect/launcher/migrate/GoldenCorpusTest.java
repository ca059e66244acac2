package io.flumeconnect.launcher.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.launcher.migrate.output.MigrationFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each corpus flume.conf migrates to exactly its golden connector JSON, topics and report. After an intended
 * change, regenerate the golden files with {@code -Dmigrate.golden.update=true} and review their diff.
 */
class GoldenCorpusTest {
    private static final boolean UPDATE = Boolean.getBoolean("migrate.golden.update");

    @TempDir
    Path out;

    @TestFactory
    List<DynamicTest> everyCaseMatchesItsGoldenFiles() {
        return Corpus.cases().stream()
                .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)))
                .toList();
    }

    private void check(Path caseDir) throws IOException {
        Path actual = out.resolve(caseDir.getFileName());
        MigrationFiles.write(Corpus.migrate(caseDir), "flume.conf", actual);
        Path expected = caseDir.resolve("expected");
        if (UPDATE) {
            replace(expected, actual);
        }
        assertThat(files(actual)).as("files written for %s", caseDir).isEqualTo(files(expected));
        for (Path file : files(expected)) {
            assertThat(Files.readString(actual.resolve(file))).as("%s/expected/%s", caseDir.getFileName(), file)
                    .isEqualTo(Files.readString(expected.resolve(file)));
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }

    private static void replace(Path expected, Path actual) throws IOException {
        if (Files.exists(expected)) {
            try (Stream<Path> old = Files.walk(expected)) {
                for (Path file : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        for (Path file : files(actual)) {
            Files.createDirectories(expected.resolve(file).getParent());
            Files.copy(actual.resolve(file), expected.resolve(file));
        }
    }
}
