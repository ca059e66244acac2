package io.flumeconnect.sinks.jdbc;

import io.flumeconnect.sinks.jdbc.dialect.Dialect;
import io.flumeconnect.sinks.jdbc.dialect.generic.GenericDialect;
import io.flumeconnect.sinks.jdbc.dialect.mariadb.MariaDbDialect;
import io.flumeconnect.sinks.jdbc.dialect.postgres.PostgresDialect;
import io.flumeconnect.sinks.jdbc.dialect.sqlite.SqliteDialect;

/** Picks the dialect from the JDBC URL's sub-protocol (here, not in the dialect package, which its dialects depend on). */
public final class Dialects {
    private Dialects() {
    }

    public static Dialect forUrl(String url) {
        if (url.startsWith("jdbc:postgresql:")) {
            return new PostgresDialect();
        } else if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
            return new MariaDbDialect();
        } else if (url.startsWith("jdbc:sqlite:")) {
            return new SqliteDialect();
        }
        return new GenericDialect();
    }
}
