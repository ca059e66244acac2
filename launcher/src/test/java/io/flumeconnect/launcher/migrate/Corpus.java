package io.flumeconnect.launcher.migrate;

import io.flumeconnect.launcher.migrate.conf.Substitution;
import io.flumeconnect.launcher.migrate.mapping.Migration;
import io.flumeconnect.launcher.migrate.mapping.MigrationOptions;
import io.flumeconnect.launcher.migrate.mapping.Migrator;
import io.flumeconnect.launcher.migrate.model.FlumeConfReader;
import io.flumeconnect.launcher.migrate.model.FlumeConfig;
import io.flumeconnect.testkit.TestCertificates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The flume.conf files under {@code src/test/resources/migrate/corpus/<case>/flume.conf}, each with its golden
 * output in {@code <case>/expected/}, migrated with a fixed environment so the output does not depend on the machine.
 * Files a worker checks for (position files, keytabs, keystores) are under {@code ${sys:corpus.files}} or
 * {@code ${STATE_DIR}},
 * which the golden run leaves to their defaults and {@link #withFilesIn} points at a directory holding them.
 */
final class Corpus {
    static final Path ROOT = Path.of("src/test/resources/migrate/corpus");
    static final Substitution SUBSTITUTION = new Substitution(
            Map.of("APP_HOME", "/opt/app", "APP_NAME", "shop"), Map.of("log.root", "/var/log"));

    /** Where the golden connectors find their secrets, as an operator would deploy the file. */
    static final String SECRETS_FILE = "/etc/kafka/flume-connect/secrets.properties";

    private Corpus() {
    }

    static List<Path> cases() {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(d -> Files.exists(d.resolve("flume.conf"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Migration migrate(Path caseDir) throws IOException {
        return migrate(caseDir, SUBSTITUTION);
    }

    static Migration migrate(Path caseDir, Substitution substitution) throws IOException {
        return migrate(caseDir, substitution, SECRETS_FILE);
    }

    /** With the connectors referring to their secrets in {@code secretsFile}. */
    static Migration migrate(Path caseDir, Substitution substitution, String secretsFile) throws IOException {
        FlumeConfig config = FlumeConfReader.read(Files.readString(caseDir.resolve("flume.conf")), substitution);
        return Migrator.migrate(config, new MigrationOptions(MigrationOptions.DEFAULT_PREFIX, 1, (short) 1,
                secretsFile));
    }

    /** The corpus's substitution with the files it names created in {@code dir} (keystores: password changeit). */
    static Substitution withFilesIn(Path dir) throws IOException, InterruptedException {
        TestCertificates.create(dir);
        for (String file : List.of("taildir_position.json", "edge-positions.json", "flume.keytab")) {
            Files.writeString(dir.resolve(file), file.endsWith(".json") ? "[]" : "keytab");
        }
        return new Substitution(Map.of("APP_HOME", "/opt/app", "APP_NAME", "shop", "STATE_DIR", dir.toString()),
                Map.of("log.root", "/var/log", "corpus.files", dir.toString()));
    }
}
