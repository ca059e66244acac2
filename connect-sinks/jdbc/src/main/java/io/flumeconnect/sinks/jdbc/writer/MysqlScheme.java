package io.flumeconnect.sinks.jdbc.writer;

/**
 * {@code jdbc:mysql:} URLs for the packaged MariaDB Connector/J. Since 3.0 that driver accepts such a URL only
 * when the URL itself contains {@code permitMysqlScheme} (a connection property is not enough), so that it does
 * not take URLs meant for MySQL Connector/J. The sink adds the option only when no installed driver takes the
 * URL as written, so a MySQL Connector/J jar put in the plugin's {@code lib/} still gets its own URLs.
 */
final class MysqlScheme {
    static final String PERMIT_OPTION = "permitMysqlScheme";
    private static final String PREFIX = "jdbc:mysql:";

    private MysqlScheme() {
    }

    /** Whether {@code url} is a MySQL URL that MariaDB Connector/J refuses as written. */
    static boolean refusedByMariaDb(String url) {
        return url.startsWith(PREFIX) && !url.contains(PERMIT_OPTION);
    }

    /** {@code url} with the option added to its parameters. */
    static String permitted(String url) {
        return url + (url.indexOf('?') < 0 ? '?' : '&') + PERMIT_OPTION;
    }
}
