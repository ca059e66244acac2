package io.flumeconnect.sinks.jdbc.writer;

import io.flumeconnect.sinks.jdbc.dialect.Dialect;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.ServiceLoader;
import org.apache.kafka.common.config.types.Password;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The task's one connection (a sink task writes one batch at a time, so a pool would add nothing), opened on
 * first use and again after {@link #reset()}. Drivers are found through the plugin's own class loader first, so
 * the drivers packaged with the plugin work whatever the worker's {@code DriverManager} has registered.
 */
public final class ConnectionProvider implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ConnectionProvider.class);

    private final String url;
    private final String user;
    private final Password password;
    private final Dialect dialect;
    private Connection connection;

    /** {@code user} and {@code password} may be null: the URL or the driver's defaults then give them. */
    public ConnectionProvider(String url, String user, Password password, Dialect dialect) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.dialect = dialect;
    }

    /** The open connection, in manual-commit mode. */
    public Connection get() throws SQLException {
        if (connection == null) {
            connection = open();
        }
        return connection;
    }

    /** Drops the connection (after a failed write); the next {@link #get()} opens a new one. */
    public void reset() {
        Connection old = connection;
        connection = null;
        if (old != null) {
            try {
                old.close();
            } catch (SQLException e) {
                log.debug("Closing a failed connection: {}", e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        reset();
    }

    private Connection open() throws SQLException {
        Properties properties = dialect.connectionProperties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password.value());
        }
        Connection opened = driver().connect(url, properties);
        if (opened == null) {
            throw new SQLException("the JDBC driver does not accept the connection.url", "08001");
        }
        try {
            opened.setAutoCommit(false);
            log.info("Connected to {} ({} dialect)", opened.getMetaData().getDatabaseProductName(), dialect.name());
            return opened;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(opened, e);
            throw e;
        }
    }

    private static void closeQuietly(Connection unusable, Exception cause) {
        try {
            unusable.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private Driver driver() throws SQLException {
        for (Driver driver : ServiceLoader.load(Driver.class, ConnectionProvider.class.getClassLoader())) {
            if (driver.acceptsURL(url)) {
                return driver;
            }
        }
        return DriverManager.getDriver(url);
    }
}
