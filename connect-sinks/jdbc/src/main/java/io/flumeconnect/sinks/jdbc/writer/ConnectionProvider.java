package io.flumeconnect.sinks.jdbc.writer;

import io.flumeconnect.sinks.jdbc.config.ConnectionUrls;
import io.flumeconnect.sinks.jdbc.dialect.Dialect;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceLoader;
import org.apache.kafka.common.config.types.Password;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The task's one connection (a sink task writes one batch at a time, so a pool would add nothing), opened on
 * first use and again after {@link #reset()}, used by the task's writer thread alone (only {@link #abort()} comes
 * from another thread). Drivers are found through the plugin's own class loader first, so
 * the drivers packaged with the plugin work whatever the worker's {@code DriverManager} has registered. A
 * {@code jdbc:mysql:} URL that no driver takes as written goes to the packaged MariaDB driver (see {@link MysqlScheme}).
 */
public final class ConnectionProvider implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ConnectionProvider.class);

    private final String url;
    private final String user;
    private final Password password;
    private final Dialect dialect;
    private volatile Connection connection;

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

    /**
     * Ends the connection of a writer that does not return (a hung statement), from another thread and without
     * waiting: a transaction not yet committed can then no longer commit. The provider is not used again.
     */
    public void abort() {
        Connection hung = connection;
        if (hung == null) {
            return;
        }
        Thread aborter = new Thread(() -> {
            try {
                hung.abort(Runnable::run);
            } catch (SQLException | UnsupportedOperationException e) {
                log.debug("The driver cannot abort a connection ({}); closing it", e.getMessage());
                closeQuietly(hung, e);
            }
        }, "jdbc-sink-abort");
        aborter.setDaemon(true);
        aborter.start();
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
        Target target = target();
        Connection opened = target.driver().connect(target.url(), properties);
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

    /** A driver and the URL it accepts. */
    private record Target(Driver driver, String url) {
    }

    private Target target() throws SQLException {
        Optional<Target> target = accepting(url);
        if (target.isEmpty() && MysqlScheme.refusedByMariaDb(url)) {
            target = accepting(MysqlScheme.permitted(url));
            target.ifPresent(found -> log.info("No driver takes jdbc:mysql: URLs as written: connecting through {} with {}",
                    found.driver().getClass().getName(), MysqlScheme.PERMIT_OPTION));
        }
        return target.orElseThrow(() -> new SQLException("no JDBC driver accepts the connection.url "
                + ConnectionUrls.masked(url) + ": put the database's driver jar in the plugin's lib/ directory", "08001"));
    }

    private static Optional<Target> accepting(String candidate) throws SQLException {
        for (Driver driver : ServiceLoader.load(Driver.class, ConnectionProvider.class.getClassLoader())) {
            if (driver.acceptsURL(candidate)) {
                return Optional.of(new Target(driver, candidate));
            }
        }
        try {
            return Optional.of(new Target(DriverManager.getDriver(candidate), candidate));
        } catch (SQLException noSuitableDriver) {
            return Optional.empty();
        }
    }
}
