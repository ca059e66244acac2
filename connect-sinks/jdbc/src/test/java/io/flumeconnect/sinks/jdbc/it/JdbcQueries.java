package io.flumeconnect.sinks.jdbc.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The test's own reads and DDL over JDBC; also run in a child JVM for SQLite (see {@link SqliteJdbcSinkIT}). */
final class JdbcQueries {
    private JdbcQueries() {
    }

    static long count(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            return -1;
        }
    }

    static List<String> columns(String url, String quotedTable) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT * FROM " + quotedTable + " WHERE 1 = 0")) {
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                names.add(rs.getMetaData().getColumnName(i));
            }
            return names;
        }
    }

    static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** {@code count|columns|execute URL SQL}: prints the answer on stdout, for a child JVM. */
    public static void main(String[] args) throws SQLException {
        switch (args[0]) {
            case "count" -> System.out.println(count(args[1], args[2]));
            case "columns" -> System.out.println(String.join(",", columns(args[1], args[2])));
            default -> execute(args[1], args[2]);
        }
    }
}
