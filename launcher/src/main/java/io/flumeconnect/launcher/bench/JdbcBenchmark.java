package io.flumeconnect.launcher.bench;

import io.flumeconnect.launcher.LauncherHome;
import io.flumeconnect.launcher.process.KafkaRuntime;
import io.flumeconnect.launcher.process.MavenConnectorPlugin;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The JDBC sink writing {@code --rows} schemaless JSON log records (five fields, about 150 bytes) into
 * PostgreSQL with batched INSERT and with COPY, and into MariaDB with batched INSERT and with LOAD DATA LOCAL
 * INFILE, each against the database's own bulk load of the same rows in the same run: {@code COPY ... FROM STDIN}
 * through pgjdbc's {@code CopyManager}, and {@code LOAD DATA LOCAL INFILE}. On PostgreSQL, Debezium's JDBC sink
 * ({@link #DEBEZIUM}, resolved from Maven onto the same worker's {@code plugin.path}) then writes the same records with
 * schemas, which it needs, next to our COPY path on those records ({@code --debezium=false} skips it). The databases
 * are not started here: pass
 * {@code --postgres-url=jdbc:postgresql://...} and/or {@code --mariadb-url=jdbc:mariadb://...} (with user and
 * password in the URL). The drivers are those packaged with the JDBC sink plugin. A sink's time runs from its
 * first row in the table to its last, so connector start-up is not counted. The Connect sink ceiling
 * ({@link SinkCeiling}) reads the same topic with the same converter in the same run.
 */
public final class JdbcBenchmark implements Benchmark {
    private static final String TOPIC = "bench-jdbc";
    /** The same records in JsonConverter's schema envelope, for Debezium's JDBC sink (it needs schemas). */
    private static final String SCHEMA_TOPIC = "bench-jdbc-schemas";
    /** The newest release of Debezium's JDBC sink the Maven registry here serves with all its dependencies. */
    static final String DEBEZIUM = "io.debezium:debezium-connector-jdbc:3.5.0.Final";
    /** The aim of issue 15: our COPY path at least this many times Debezium's JDBC sink. */
    private static final double AIM_AGAINST_DEBEZIUM = 10;
    private static final String[] LEVELS = {"INFO", "WARN", "ERROR", "DEBUG"};
    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    @Override
    public String name() {
        return "jdbc-sink";
    }

    @Override
    public String description() {
        return "JDBC sink: --rows (1000000) JSON logs in --partitions (1) into --postgres-url (INSERT, COPY) and --mariadb-url"
                + " (INSERT, LOAD DATA) vs COPY FROM STDIN / LOAD DATA LOCAL INFILE of the same rows, with the Connect sink"
                + " ceiling (counting sink) and Debezium's JDBC sink on PostgreSQL (--debezium=false skips it);"
                + " --tasks (= partitions), --converter (json, json-schemas, string), --max-poll-records (5000),"
                + " --fetch-min-bytes (1), --jfr (a profile of the worker per sink run)";
    }

    @Override
    public List<Path> pluginPath(KafkaRuntime runtime, Path flumeHome, PrintStream progress) throws Exception {
        return List.of(MavenConnectorPlugin.resolve(flumeHome, DEBEZIUM, progress));
    }

    @Override
    public BenchResult run(BenchContext context) throws Exception {
        String postgres = context.option("postgres-url", "");
        String mariadb = context.option("mariadb-url", "");
        if (postgres.isEmpty() && mariadb.isEmpty()) {
            throw new IllegalArgumentException("give --postgres-url=jdbc:postgresql://HOST/DB?user=U&password=P "
                    + "and/or --mariadb-url=jdbc:mariadb://HOST/DB?user=U&password=P");
        }
        long rows = context.option("rows", 1_000_000);
        int partitions = (int) context.option("partitions", 1);
        SinkSettings settings = SinkSettings.from(context, "json", partitions, List.of("json", "json-schemas", "string"));
        context.createTopic(TOPIC, partitions);
        context.out().printf("Producing %,d JSON log records to %s...%n", rows, TOPIC);
        long bytes = fill(context, TOPIC, rows, settings.schemas());
        Throughput ceilingBefore = SinkCeiling.measure(context, "bench-jdbc-ceiling-1", TOPIC, rows, bytes, settings.config());
        context.out().printf("Connect sink ceiling (counting sink, %s), before the sinks: %,.0f rows/s%n",
                settings.describe(), ceilingBefore.recordsPerSecond());
        try (URLClassLoader drivers = pluginDrivers()) {
            List<String> notes = new ArrayList<>();
            BenchResult mariadbResult = mariadb.isEmpty() ? null
                    : mariadb(context, new Database(drivers, mariadb), rows, bytes, settings, notes);
            BenchResult postgresResult = postgres.isEmpty() ? null
                    : postgres(context, new Database(drivers, postgres), rows, bytes, settings, notes);
            BenchResult result = postgresResult == null ? mariadbResult : postgresResult;
            Throughput ceilingAfter = SinkCeiling.measure(context, "bench-jdbc-ceiling-2", TOPIC, rows, bytes,
                    settings.config());
            Throughput ceiling = SinkCeiling.faster(ceilingBefore, ceilingAfter);
            if (mariadbResult != null) {
                notes.add(againstCeiling("MariaDB LOAD DATA path", mariadbResult.measured(), ceiling));
            }
            if (postgresResult != null) {
                notes.add(againstCeiling("PostgreSQL COPY path", postgresResult.measured(), ceiling));
            }
            notes.add(("Connect sink ceiling (the test plugin's counting sink: same worker, topic, converter and "
                    + "consumer settings, writes nothing; the faster of its runs before and after the sinks, %,.0f and "
                    + "%,.0f rows/s): %,.0f rows/s").formatted(ceilingBefore.recordsPerSecond(),
                    ceilingAfter.recordsPerSecond(), ceiling.recordsPerSecond()));
            notes.add(("%,d rows of 5 columns (BIGINT, 3 x text, DOUBLE; with --converter=string one text column "
                    + "holding the JSON), %d partition(s), %s, batch.size=5000; the database runs on the same machine")
                    .formatted(rows, partitions, settings.describe()));
            return new BenchResult(result.measured(), result.limit(), result.limitDescription(), notes,
                    List.of(new BenchRound(1, true, result.measured(), result.limit(), Optional.of(ceiling))));
        }
    }

    private static BenchResult postgres(BenchContext context, Database db, long rows, long bytes, SinkSettings settings,
                                        List<String> notes) throws Exception {
        db.execute("DROP TABLE IF EXISTS bench_limit, bench_insert, bench_copy");
        db.execute("CREATE TABLE bench_limit (id BIGINT, host TEXT, level TEXT, msg TEXT, took DOUBLE PRECISION)");
        Path file = writeCsv(context, rows);
        long start = System.nanoTime();
        db.copyIn("COPY bench_limit (id, host, level, msg, took) FROM STDIN (FORMAT csv)", file);
        Throughput limit = Throughput.since(start, rows, bytes);
        Files.delete(file);
        context.out().printf("PostgreSQL COPY FROM STDIN: %,.0f rows/s%n", limit.recordsPerSecond());

        Throughput insert = runSink(context, db, TOPIC, "bench_insert", settings, rows, bytes, Map.of("copy.enabled", "false"));
        context.out().printf("JDBC sink, PostgreSQL, batched INSERT: %,.0f rows/s%n", insert.recordsPerSecond());
        Throughput copy = runSink(context, db, TOPIC, "bench_copy", settings, rows, bytes, Map.of("copy.enabled", "true"));
        context.out().printf("JDBC sink, PostgreSQL, COPY: %,.0f rows/s%n", copy.recordsPerSecond());
        db.execute("DROP TABLE IF EXISTS bench_limit, bench_insert, bench_copy");
        if (context.option("debezium", "true").equals("true")) {
            debezium(context, db, rows, settings, copy, notes);
        }

        notes.add("PostgreSQL batched INSERT (reWriteBatchedInserts): %,.0f rows/s, %.2f x COPY FROM STDIN"
                .formatted(insert.recordsPerSecond(), insert.recordsPerSecond() / limit.recordsPerSecond()));
        notes.add("PostgreSQL COPY path: %,.0f rows/s, %.2f x COPY FROM STDIN"
                .formatted(copy.recordsPerSecond(), copy.recordsPerSecond() / limit.recordsPerSecond()));
        return new BenchResult(copy, limit, "PostgreSQL COPY FROM STDIN (CSV, pgjdbc CopyManager) of the same rows, same run");
    }

    private static BenchResult mariadb(BenchContext context, Database db, long rows, long bytes, SinkSettings settings,
                                       List<String> notes) throws Exception {
        db.execute("DROP TABLE IF EXISTS bench_limit, bench_raw_insert, bench_insert");
        db.execute("CREATE TABLE bench_limit (id BIGINT, host LONGTEXT, level LONGTEXT, msg LONGTEXT, took DOUBLE)");
        Path file = writeCsv(context, rows);
        long start = System.nanoTime();
        db.execute("LOAD DATA LOCAL INFILE '" + file.toAbsolutePath() + "' INTO TABLE bench_limit FIELDS TERMINATED BY ','"
                + " OPTIONALLY ENCLOSED BY '\"' LINES TERMINATED BY '\\n' (id, host, level, msg, took)");
        Throughput limit = Throughput.since(start, rows, bytes);
        context.out().printf("MariaDB LOAD DATA LOCAL INFILE: %,.0f rows/s%n", limit.recordsPerSecond());
        db.execute("CREATE TABLE bench_raw_insert (id BIGINT, host LONGTEXT, level LONGTEXT, msg LONGTEXT, took DOUBLE)");
        Throughput rawInsert = db.batchedInsert("bench_raw_insert", rows, bytes);
        context.out().printf("MariaDB plain JDBC batched INSERT (useBulkStmts, 5000 a batch): %,.0f rows/s%n",
                rawInsert.recordsPerSecond());

        Throughput insert = runSink(context, db, TOPIC, "bench_insert", settings, rows, bytes, Map.of("copy.enabled", "false"));
        context.out().printf("JDBC sink, MariaDB, batched INSERT: %,.0f rows/s%n", insert.recordsPerSecond());
        Throughput load = runSink(context, db, TOPIC, "bench_load", settings, rows, bytes, Map.of("copy.enabled", "true"));
        context.out().printf("JDBC sink, MariaDB, LOAD DATA LOCAL INFILE: %,.0f rows/s%n", load.recordsPerSecond());
        db.execute("DROP TABLE IF EXISTS bench_limit, bench_raw_insert, bench_insert, bench_load");
        Files.delete(file);

        notes.add(("MariaDB batched INSERT (copy.enabled=false): %,.0f rows/s, %.2f x LOAD DATA LOCAL INFILE (%,.0f rows/s), "
                + "%.2f x a plain JDBC batched INSERT of the same rows into the same server (useBulkStmts, 5000 a batch, "
                + "one transaction a batch: %,.0f rows/s)").formatted(insert.recordsPerSecond(),
                insert.recordsPerSecond() / limit.recordsPerSecond(), limit.recordsPerSecond(),
                insert.recordsPerSecond() / rawInsert.recordsPerSecond(), rawInsert.recordsPerSecond()));
        notes.add("MariaDB LOAD DATA path (copy.enabled=true): %,.0f rows/s, %.2f x LOAD DATA LOCAL INFILE (aim >= 0.6: %s)"
                .formatted(load.recordsPerSecond(), load.recordsPerSecond() / limit.recordsPerSecond(),
                        load.recordsPerSecond() / limit.recordsPerSecond() >= 0.6 ? "met" : "NOT met"));
        return new BenchResult(load, limit, "MariaDB LOAD DATA LOCAL INFILE of the same rows, same run");
    }

    private static String againstCeiling(String what, Throughput sink, Throughput ceiling) {
        return "%s against the Connect sink ceiling: %.2f".formatted(what, sink.recordsPerSecond() / ceiling.recordsPerSecond());
    }

    /** Runs our sink over the whole {@code topic} into {@code table}, timed from its first row to its last. */
    private static Throughput runSink(BenchContext context, Database db, String topic, String table, SinkSettings settings,
                                      long rows, long bytes, Map<String, String> extra) throws Exception {
        Map<String, String> config = new HashMap<>(Map.of(
                "connector.class", "io.flumeconnect.sinks.jdbc.JdbcSinkConnector",
                "topics", topic,
                "connection.url", db.url,
                "table.name.format", table,
                "auto.create", "true",
                "batch.size", "5000"));
        config.putAll(settings.config());
        config.putAll(extra);
        return runConnector(context, db, table, rows, bytes, config);
    }

    /**
     * Debezium's JDBC sink and our COPY path on the same records with schemas (Debezium takes its column types from
     * them), into the same PostgreSQL and table shape, one after the other.
     */
    private static void debezium(BenchContext context, Database db, long rows, SinkSettings settings, Throughput copy,
                                 List<String> notes) throws Exception {
        SinkSettings withSchemas = new SinkSettings(settings.tasks(), "json-schemas", settings.maxPollRecords(),
                settings.fetchMinBytes());
        String topic = TOPIC;
        long bytes;
        Throughput ours = copy;
        if (settings.schemas()) {
            bytes = copy.bytes();
        } else {
            topic = SCHEMA_TOPIC;
            context.createTopic(topic, (int) context.option("partitions", 1));
            context.out().printf("Producing the %,d records again with schemas to %s, for Debezium...%n", rows, topic);
            bytes = fill(context, topic, rows, true);
            ours = runSink(context, db, topic, "bench_copy_schemas", withSchemas, rows, bytes, Map.of("copy.enabled", "true"));
            context.out().printf("JDBC sink, PostgreSQL, COPY, JsonConverter with schemas: %,.0f rows/s%n",
                    ours.recordsPerSecond());
        }
        Map<String, String> config = new HashMap<>(Map.of(
                "connector.class", "io.debezium.connector.jdbc.JdbcSinkConnector",
                "topics", topic,
                "connection.url", db.url,
                "connection.username", db.parameter("user").orElse(""),
                "connection.password", db.parameter("password").orElse(""),
                "insert.mode", "insert",
                "primary.key.mode", "none",
                "schema.evolution", "basic",
                "collection.name.format", "bench_debezium",
                "batch.size", "5000"));
        config.putAll(withSchemas.config());
        Throughput debezium = runConnector(context, db, "bench_debezium", rows, bytes, config);
        context.out().printf("Debezium JDBC sink (%s), PostgreSQL, insert.mode=insert: %,.0f rows/s%n", DEBEZIUM,
                debezium.recordsPerSecond());
        db.execute("DROP TABLE IF EXISTS bench_copy_schemas, bench_debezium");
        double ratio = ours.recordsPerSecond() / debezium.recordsPerSecond();
        notes.add(("Debezium's JDBC sink (%s, insert.mode=insert, schema.evolution=basic, batch.size=5000; same worker, "
                + "PostgreSQL and table shape; JsonConverter with schemas for both): %,.0f rows/s; our COPY path on the same "
                + "records and converter: %,.0f rows/s, %.2f x Debezium (aim >= %.0f: %s)").formatted(DEBEZIUM,
                debezium.recordsPerSecond(), ours.recordsPerSecond(), ratio, AIM_AGAINST_DEBEZIUM,
                ratio >= AIM_AGAINST_DEBEZIUM ? "met" : "NOT met"));
    }

    /** Runs one sink connector over its whole topic into {@code table}, timed from its first row to its last. */
    private static Throughput runConnector(BenchContext context, Database db, String table, long rows, long bytes,
                                           Map<String, String> config) throws Exception {
        // One consumer group per database and table: each run reads the topic from the start.
        String connector = "bench-" + db.url.split(":")[1] + "-" + table.replace('_', '-');
        // The recording starts before the connector (and includes its start): jcmd takes seconds on a loaded
        // machine, and started after the first row it would let the timed part begin late.
        WorkerProfile profile = context.flag("jfr") ? WorkerProfile.start(context.stack().worker().process(),
                connector, context.workDir().resolve(connector + ".jfr")) : null;
        context.rest().putConnector(connector, config);
        awaitRows(db, table, 1);
        long start = System.nanoTime();
        awaitRows(db, table, rows);
        Throughput throughput = Throughput.since(start, rows, bytes);
        if (profile != null) {
            context.out().printf("  profile of %s (from its start): %s%n", connector, profile.stop());
        }
        context.rest().deleteConnector(connector);
        return throughput;
    }

    private static void awaitRows(Database db, String table, long rows) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (db.count(table) < rows) {
            if (System.nanoTime() > deadline) {
                throw new IOException("after " + TIMEOUT + " table " + table + " holds " + db.count(table) + " of " + rows + " rows");
            }
            // COUNT(*) scans the table: polling more often would take CPU from the database being measured.
            Thread.sleep(250);
        }
    }

    private static String message(long i) {
        return "GET /api/v1/items/" + i + " 200 user-agent=bench-client/1.0 referer=/home session=" + Long.toHexString(i * 7919);
    }

    /** JsonConverter's schema of the records, for {@code --converter=json-schemas}. */
    private static final String SCHEMA = "{\"type\":\"struct\",\"optional\":false,\"fields\":["
            + "{\"field\":\"id\",\"type\":\"int64\"},{\"field\":\"host\",\"type\":\"string\"},"
            + "{\"field\":\"level\",\"type\":\"string\"},{\"field\":\"msg\",\"type\":\"string\"},"
            + "{\"field\":\"took\",\"type\":\"double\"}]}";

    /** The records as JSON, in JsonConverter's schema envelope with {@code schemas}; returns their total size in bytes. */
    private static long fill(BenchContext context, String topic, long rows, boolean schemas) throws IOException {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, context.stack().broker().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "1",
                ProducerConfig.LINGER_MS_CONFIG, "10",
                ProducerConfig.BATCH_SIZE_CONFIG, "262144");
        AtomicReference<Exception> failure = new AtomicReference<>();
        long bytes = 0;
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (long i = 0; i < rows && failure.get() == null; i++) {
                String json = "{\"id\":" + i + ",\"host\":\"web-" + (i % 50) + "\",\"level\":\"" + LEVELS[(int) (i % 4)]
                        + "\",\"msg\":\"" + message(i) + "\",\"took\":" + (i % 1000) / 1000.0 + "}";
                byte[] value = (schemas ? "{\"schema\":" + SCHEMA + ",\"payload\":" + json + "}" : json)
                        .getBytes(StandardCharsets.UTF_8);
                bytes += value.length;
                producer.send(new ProducerRecord<>(topic, value), (metadata, e) -> {
                    if (e != null) {
                        failure.compareAndSet(null, e);
                    }
                });
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IOException("filling " + topic + " failed", failure.get());
        }
        return bytes;
    }

    /** The same rows as a CSV file, for the databases' own bulk loads (read from the page cache). */
    private static Path writeCsv(BenchContext context, long rows) throws IOException {
        Path file = context.workDir().resolve("bench-rows.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long i = 0; i < rows; i++) {
                out.append(Long.toString(i)).append(",web-").append(Long.toString(i % 50)).append(',')
                        .append(LEVELS[(int) (i % 4)]).append(",\"").append(message(i)).append("\",")
                        .append(Double.toString((i % 1000) / 1000.0)).append('\n');
            }
        }
        return file;
    }

    /** The JDBC drivers packaged with the JDBC sink plugin, so the launcher needs none of its own. */
    private static URLClassLoader pluginDrivers() throws IOException {
        List<URL> jars = new ArrayList<>();
        for (Path dir : LauncherHome.fromSystemProperties().pluginPath()) {
            Path lib = dir.resolve("flume-connect-jdbc-sink").resolve("lib");
            if (Files.isDirectory(lib)) {
                try (Stream<Path> files = Files.list(lib)) {
                    for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).toList()) {
                        jars.add(jar.toUri().toURL());
                    }
                }
            }
        }
        if (jars.isEmpty()) {
            throw new IOException("the JDBC sink plugin is not packaged: build connect-sinks/jdbc first");
        }
        return new URLClassLoader(jars.toArray(URL[]::new), JdbcBenchmark.class.getClassLoader());
    }

    /** The benchmark's own connection to one database. */
    private static final class Database {
        private final ClassLoader drivers;
        private final String url;

        Database(ClassLoader drivers, String url) {
            this.drivers = drivers;
            this.url = url;
        }

        /** A parameter of the URL's query ({@code ?user=...&password=...}). */
        Optional<String> parameter(String name) {
            int query = url.indexOf('?');
            if (query < 0) {
                return Optional.empty();
            }
            return Arrays.stream(url.substring(query + 1).split("&")).filter(p -> p.startsWith(name + "="))
                    .map(p -> p.substring(name.length() + 1)).findFirst();
        }

        Connection connect() throws SQLException {
            Properties properties = new Properties();
            properties.setProperty("allowLocalInfile", "true");
            properties.setProperty("useBulkStmts", "true");
            for (Driver driver : ServiceLoader.load(Driver.class, drivers)) {
                if (driver.acceptsURL(url)) {
                    return driver.connect(url, properties);
                }
            }
            throw new SQLException("no JDBC driver in the plugin accepts " + url.replaceAll("password=[^&]*", "password=***"));
        }

        void execute(String sql) throws SQLException {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }

        /** Rows in {@code table}; 0 before the sink created it (checked first, so the driver logs no error). */
        long count(String table) {
            try (Connection connection = connect()) {
                try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), null, table, null)) {
                    if (!tables.next()) {
                        return 0;
                    }
                }
                try (Statement statement = connection.createStatement();
                     ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    return rs.next() ? rs.getLong(1) : 0;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot count the rows of " + table + ": " + e.getMessage(), e);
            }
        }

        /** The rows as a plain JDBC client writes them fastest: batches of 5000, each one transaction. */
        Throughput batchedInsert(String table, long rows, long bytes) throws SQLException {
            long start = System.nanoTime();
            try (Connection connection = connect(); PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO " + table + " (id, host, level, msg, took) VALUES (?, ?, ?, ?, ?)")) {
                connection.setAutoCommit(false);
                for (long i = 0; i < rows; i++) {
                    insert.setLong(1, i);
                    insert.setString(2, "web-" + (i % 50));
                    insert.setString(3, LEVELS[(int) (i % 4)]);
                    insert.setString(4, message(i));
                    insert.setDouble(5, (i % 1000) / 1000.0);
                    insert.addBatch();
                    if ((i + 1) % 5000 == 0 || i + 1 == rows) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
            }
            return Throughput.since(start, rows, bytes);
        }

        /** {@code COPY ... FROM STDIN} through pgjdbc's CopyManager, reached by reflection: the driver is the plugin's. */
        void copyIn(String sql, Path data) throws Exception {
            try (Connection connection = connect(); InputStream in = Files.newInputStream(data)) {
                Object pg = connection.unwrap(drivers.loadClass("org.postgresql.PGConnection"));
                Object copyApi = drivers.loadClass("org.postgresql.PGConnection").getMethod("getCopyAPI").invoke(pg);
                drivers.loadClass("org.postgresql.copy.CopyManager").getMethod("copyIn", String.class, InputStream.class)
                        .invoke(copyApi, sql, in);
            }
        }
    }
}
