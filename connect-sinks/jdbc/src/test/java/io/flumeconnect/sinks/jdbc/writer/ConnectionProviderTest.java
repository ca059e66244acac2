package io.flumeconnect.sinks.jdbc.writer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flumeconnect.sinks.jdbc.Dialects;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class ConnectionProviderTest {
    private static final String URL = "jdbc:refusing-autocommit:db";
    private static final AtomicInteger CLOSED = new AtomicInteger();

    @Test
    void aConnectionThatRefusesManualCommitIsClosed() throws SQLException {
        Driver driver = new RefusingAutoCommitDriver();
        DriverManager.registerDriver(driver);
        try (ConnectionProvider provider = new ConnectionProvider(URL, "u", null, Dialects.forUrl(URL))) {
            assertThatThrownBy(provider::get).isInstanceOf(SQLException.class).hasMessage("autocommit cannot be switched off");
            assertThatThrownBy(provider::get).isInstanceOf(SQLException.class);

            assertThat(CLOSED).hasValue(2);
        } finally {
            DriverManager.deregisterDriver(driver);
        }
    }

    /** The packaged MariaDB driver takes the URL: the failure is its own (nothing listens on port 1), not "no driver". */
    @Test
    void aJdbcMysqlUrlReachesThePackagedMariaDbDriver() {
        String url = "jdbc:mysql://127.0.0.1:1/logs?connectTimeout=2000";
        try (ConnectionProvider provider = new ConnectionProvider(url, "u", null, Dialects.forUrl(url))) {
            assertThatThrownBy(provider::get).isInstanceOf(SQLException.class)
                    .hasMessageNotContaining("no JDBC driver").hasMessageContaining("127.0.0.1");
        }
    }

    @Test
    void aUrlNoDriverTakesIsNamedWithItsCredentialsMasked() {
        String url = "jdbc:nodriver://db/logs?password=s3cret";
        try (ConnectionProvider provider = new ConnectionProvider(url, "u", null, Dialects.forUrl(url))) {
            assertThatThrownBy(provider::get).isInstanceOf(SQLException.class)
                    .hasMessageStartingWith("no JDBC driver accepts the connection.url jdbc:nodriver://db/logs?password=****")
                    .hasMessageNotContaining("s3cret");
        }
    }

    /** Opens connections whose {@code setAutoCommit} throws, and counts how many were closed. */
    public static final class RefusingAutoCommitDriver implements Driver {
        @Override
        public Connection connect(String url, Properties info) {
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "setAutoCommit" -> throw new SQLException("autocommit cannot be switched off", "0A000");
                        case "close" -> CLOSED.incrementAndGet();
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        @Override
        public boolean acceptsURL(String url) {
            return url.startsWith("jdbc:refusing-autocommit:");
        }

        @Override
        public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
            return new DriverPropertyInfo[0];
        }

        @Override
        public int getMajorVersion() {
            return 1;
        }

        @Override
        public int getMinorVersion() {
            return 0;
        }

        @Override
        public boolean jdbcCompliant() {
            return false;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }
    }
}
