package io.flumeconnect.sinks.jdbc.it;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;

/**
 * Against a SQLite file, written by two tasks at once in the worker-kill test. The test reads the file from a
 * child JVM: a second copy of the SQLite library in the worker's JVM would not see the plugin's POSIX locks and
 * could roll back its journal under it. The answer is read from the child's stdout alone: a JVM may print
 * notices on stderr ({@code Picked up JAVA_TOOL_OPTIONS}), so the child runs with one set on purpose.
 */
class SqliteJdbcSinkIT extends AbstractJdbcSinkIT {
    private static Path file;

    @BeforeAll
    static void createFile() throws IOException {
        file = Files.createTempDirectory("flume-jdbc-sqlite").resolve("it.db");
    }

    @Override
    boolean columnNamesIgnoreCase() {
        return true;
    }

    @Override
    String jdbcUrl() {
        return "jdbc:sqlite:" + file;
    }

    @Override
    long count(String sql) {
        try {
            return Long.parseLong(childJvm("count", sql).strip());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    @Override
    List<String> columns(String table) throws IOException {
        return Arrays.asList(childJvm("columns", quote(table)).strip().split(","));
    }

    @Override
    void execute(String sql) throws IOException {
        childJvm("execute", sql);
    }

    private String childJvm(String command, String sql) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path stderr = Files.createTempFile("sqlite-child", ".err");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx64m", "-XX:TieredStopAtLevel=1", "-cp", classPath(),
                JdbcQueries.class.getName(), command, jdbcUrl(), sql).redirectError(stderr.toFile());
        builder.environment().put("JAVA_TOOL_OPTIONS", "-Dflume.child=sqlite");
        Process process = builder.start();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("child JVM did not finish: " + command + " " + sql);
            }
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IOException("child JVM failed: " + out + Files.readString(stderr));
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(stderr);
        }
    }

    private static String classPath() {
        return location(JdbcQueries.class) + File.pathSeparator + location(org.sqlite.JDBC.class);
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
