package io.flumeconnect.launcher.migrate.output;

import io.flumeconnect.launcher.migrate.mapping.ConnectorDef;
import io.flumeconnect.launcher.migrate.mapping.Migration;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a migration into a directory: {@code connectors/*.json}, {@code topics.json}, {@code migration-report.md},
 * and {@code secrets.properties} when a connector has secrets.
 */
public final class MigrationFiles {
    public static final String CONNECTORS = "connectors";
    public static final String REPORT = "migration-report.md";
    public static final String SECRETS = "secrets.properties";

    private MigrationFiles() {
    }

    /** Connector files of an earlier run in {@code dir} are removed first, so the directory holds this run only. */
    public static void write(Migration migration, String fileName, Path dir) throws IOException {
        Path connectors = dir.resolve(CONNECTORS);
        if (Files.isDirectory(connectors)) {
            try (DirectoryStream<Path> old = Files.newDirectoryStream(connectors, "*.json")) {
                for (Path file : old) {
                    Files.delete(file);
                }
            }
        }
        for (ConnectorDef connector : migration.connectors()) {
            ConnectorJsonWriter.write(connector, dir.resolve(CONNECTORS));
        }
        TopicsWriter.write(migration.topics(), dir);
        SecretsWriter.write(migration.secrets(), dir.resolve(SECRETS));
        ReportWriter.write(migration, fileName, dir);
    }
}
