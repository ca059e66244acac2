package io.flumeconnect.launcher.bench;

import io.flumeconnect.launcher.LauncherHome;
import io.flumeconnect.launcher.process.KafkaRuntime;
import io.flumeconnect.launcher.process.MavenConnectorPlugin;
import io.flumeconnect.launcher.process.WorkerMetrics;
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
 * password in the URL). The drivers are those packaged with the JDBC sink plugin. A warm-up round of our bulk path
 * over the whole topic runs first, not counted ({@code --warm-up=false} skips it), then PostgreSQL's rounds, then
 * MariaDB's. Every connector (our sink, Debezium's, the Connect sink
 * ceiling of {@link SinkCeiling}, which reads the same topic with the same converter in the same run) is timed by
 * {@link SinkPutTimer}: from its tasks having finished {@code put} for a tenth of the records to all of them, read
 * cheaply over JMX ({@link WorkerMetrics}), so neither its start-up nor a scan of the table is counted; every phase
 * also gets the worker's and the machine's CPU per row ({@link Phase}), and the CPU bound of this machine
 * ({@link CpuBound}) says how far the ceiling is reachable at all.
 */
public final class JdbcBenchmark implements Benchmark {
    private static final String TOPIC = "bench-jdbc";
    /** The same records in JsonConverter's schema envelope, for Debezium's JDBC sink (it needs schemas). */
    private static final String SCHEMA_TOPIC = "bench-jdbc-schemas";
    /** The newest release of Debezium's JDBC sink the Maven registry here serves with all its dependencies. */
    static final String DEBEZIUM = "io.debezium:debezium-connector-jdbc:3.5.0.Final";
    /** The aim of issue 15: our COPY path at least this many times Debezium's JDBC sink. */
    private static final double AIM_AGAINST_DEBEZIUM = 10;
    /** The aim of issue 15: our COPY path at least this share of the Connect sink ceiling. */
    private static final double AIM_AGAINST_CEILING = 0.9;
    private static final String[] LEVELS = {"INFO", "WARN", "ERROR", "DEBUG"};

    @Override
    public String name() {
        return "jdbc-sink";
    }

    @Override
    public String description() {
        return "JDBC sink: --rows (1000000) JSON logs in --partitions (1) into --postgres-url (INSERT, COPY) and --mariadb-url"
                + " (INSERT, LOAD DATA) vs COPY FROM STDIN / LOAD DATA LOCAL INFILE of the same rows, with the Connect sink"
                + " ceiling (counting sink; with schemas too) and Debezium's JDBC sink on PostgreSQL (--debezium=false skips"
                + " it), each timed by put over JMX, with the worker's and the machine's CPU per row and the machine's"
                + " CPU bound;"
                + " --tasks (= partitions), --converter (json, json-schemas, string), --max-poll-records (5000),"
                + " --fetch-min-bytes (1), --warm-up (true: our bulk path over the topic first, not counted),"
                + " --jfr (a profile of the worker per sink run)";
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
        try (URLClassLoader drivers = pluginDrivers();
             WorkerMetrics metrics = WorkerMetrics.attach(context.stack().worker().process())) {
            Run run = new Run(context, metrics, rows, bytes, settings);
            boolean warmUp = context.option("warm-up", "true").equals("true");
            if (warmUp) {
                warmUp(run, new Database(drivers, postgres.isEmpty() ? mariadb : postgres));
            }
            Phase ceilingBefore = run.ceiling("bench-jdbc-ceiling-1", "before the sinks", TOPIC, bytes, settings);
            // PostgreSQL first, MariaDB after it (run first, on a cold worker, MariaDB's rounds ran below the ceiling).
            Optional<DatabasePaths> postgresPaths = postgres.isEmpty() ? Optional.empty()
                    : Optional.of(postgres(run, new Database(drivers, postgres)));
            Optional<DatabasePaths> mariadbPaths = mariadb.isEmpty() ? Optional.empty()
                    : Optional.of(mariadb(run, new Database(drivers, mariadb)));
            Phase ceilingAfter = run.ceiling("bench-jdbc-ceiling-2", "after the sinks", TOPIC, bytes, settings);
            Phase ceiling = SinkCeiling.faster(ceilingBefore, ceilingAfter);
            mariadbPaths.ifPresent(paths -> run.notes.addAll(paths.againstCeiling("MariaDB LOAD DATA path", ceiling)));
            postgresPaths.ifPresent(paths -> run.notes.addAll(paths.againstCeiling("PostgreSQL COPY path", ceiling)));
            run.notes.add(("Connect sink ceiling (the test plugin's counting sink: same worker, topic, converter and "
                    + "consumer settings, writes nothing; the faster of its runs before and after the sinks, %,.0f and "
                    + "%,.0f rows/s): %,.0f rows/s").formatted(ceilingBefore.rowsPerSecond(),
                    ceilingAfter.rowsPerSecond(), ceiling.rowsPerSecond()));
            run.notes.add(("%,d rows of 5 columns (BIGINT, 3 x text, DOUBLE; with --converter=string one text column "
                    + "holding the JSON), %d partition(s), %s, batch.size=5000; the database runs on the same machine; %s; "
                    + "PostgreSQL's rounds run before MariaDB's").formatted(rows, partitions, settings.describe(),
                    warmUp ? "a warm-up round first (our bulk path over the whole topic, not counted)"
                            : "no warm-up round"));
            run.notes.add("every connector (our sink, Debezium's, the counting sink) timed from its tasks having finished"
                    + " put for a tenth of the records to all of them, counting the records in between (Connect's"
                    + " sink-record-send-total, read over JMX every 20 ms); each table then checked to hold every row");
            run.notes.add("CPU per row over each timed part (worker: the Connect worker's process; machine: all cores,"
                    + " user+nice+system+irq+softirq from /proc/stat, every process on the machine):");
            run.phases.forEach(phase -> run.notes.add("  " + phase));
            DatabasePaths main = postgresPaths.or(() -> mariadbPaths).orElseThrow();
            return new BenchResult(main.sink.throughput(), main.limit.throughput(), main.limitDescription, run.notes,
                    List.of(new BenchRound(1, true, main.sink.throughput(), main.limit.throughput(),
                            Optional.of(ceiling.throughput()))));
        }
    }

    /** A database's sink path measured and its bulk load, with what the bulk load means. */
    private record DatabasePaths(String database, Phase sink, Phase limit, String limitDescription) {
        /** The sink path against the ceiling, and this machine's CPU bound for any sink into the database against it. */
        List<String> againstCeiling(String what, Phase ceiling) {
            CpuBound bound = new CpuBound(Runtime.getRuntime().availableProcessors(), ceiling, limit);
            return List.of(
                    "%s against the Connect sink ceiling: %.2f".formatted(what,
                            sink.rowsPerSecond() / ceiling.rowsPerSecond()),
                    "CPU bound of this machine for any sink into this %s: %s; %.1f of the ceiling is %s".formatted(database,
                            bound, AIM_AGAINST_CEILING, bound.againstCeiling() >= AIM_AGAINST_CEILING ? "within it"
                                    : "beyond it: no sink reaches it here"));
        }
    }

    private static DatabasePaths postgres(Run run, Database db) throws Exception {
        db.execute("DROP TABLE IF EXISTS bench_limit, bench_insert, bench_copy");
        db.execute("CREATE TABLE bench_limit (id BIGINT, host TEXT, level TEXT, msg TEXT, took DOUBLE PRECISION)");
        Path file = writeCsv(run.context, run.rows);
        Phase.Mark start = run.mark();
        db.copyIn("COPY bench_limit (id, host, level, msg, took) FROM STDIN (FORMAT csv)", file);
        Phase limit = run.add(start.machineOnlyUntil(run.mark(), "PostgreSQL COPY FROM STDIN", run.rows, run.bytes));
        Files.delete(file);

        Phase insert = runSink(run, db, TOPIC, run.bytes, "bench_insert", run.settings,
                "JDBC sink, PostgreSQL, batched INSERT", Map.of("copy.enabled", "false"));
        Phase copy = runSink(run, db, TOPIC, run.bytes, "bench_copy", run.settings, "JDBC sink, PostgreSQL, COPY",
                Map.of("copy.enabled", "true"));
        db.execute("DROP TABLE IF EXISTS bench_limit, bench_insert, bench_copy");
        if (run.context.option("debezium", "true").equals("true")) {
            debezium(run, db, copy);
        }

        run.notes.add("PostgreSQL batched INSERT (reWriteBatchedInserts): %,.0f rows/s, %.2f x COPY FROM STDIN"
                .formatted(insert.rowsPerSecond(), insert.rowsPerSecond() / limit.rowsPerSecond()));
        run.notes.add("PostgreSQL COPY path: %,.0f rows/s, %.2f x COPY FROM STDIN"
                .formatted(copy.rowsPerSecond(), copy.rowsPerSecond() / limit.rowsPerSecond()));
        return new DatabasePaths("PostgreSQL", copy, limit,
                "PostgreSQL COPY FROM STDIN (CSV, pgjdbc CopyManager) of the same rows, same run");
    }

    private static DatabasePaths mariadb(Run run, Database db) throws Exception {
        db.execute("DROP TABLE IF EXISTS bench_limit, bench_raw_insert, bench_insert, bench_load");
        db.execute("CREATE TABLE bench_limit (id BIGINT, host LONGTEXT, level LONGTEXT, msg LONGTEXT, took DOUBLE)");
        Path file = writeCsv(run.context, run.rows);
        Phase.Mark start = run.mark();
        db.execute("LOAD DATA LOCAL INFILE '" + file.toAbsolutePath() + "' INTO TABLE bench_limit FIELDS TERMINATED BY ','"
                + " OPTIONALLY ENCLOSED BY '\"' LINES TERMINATED BY '\\n' (id, host, level, msg, took)");
        Phase limit = run.add(start.machineOnlyUntil(run.mark(), "MariaDB LOAD DATA LOCAL INFILE", run.rows, run.bytes));
        db.execute("CREATE TABLE bench_raw_insert (id BIGINT, host LONGTEXT, level LONGTEXT, msg LONGTEXT, took DOUBLE)");
        start = run.mark();
        db.batchedInsert("bench_raw_insert", run.rows);
        Phase rawInsert = run.add(start.machineOnlyUntil(run.mark(),
                "MariaDB plain JDBC batched INSERT (useBulkStmts, 5000 a batch)", run.rows, run.bytes));

        Phase insert = runSink(run, db, TOPIC, run.bytes, "bench_insert", run.settings,
                "JDBC sink, MariaDB, batched INSERT", Map.of("copy.enabled", "false"));
        Phase load = runSink(run, db, TOPIC, run.bytes, "bench_load", run.settings,
                "JDBC sink, MariaDB, LOAD DATA LOCAL INFILE", Map.of("copy.enabled", "true"));
        db.execute("DROP TABLE IF EXISTS bench_limit, bench_raw_insert, bench_insert, bench_load");
        Files.delete(file);

        run.notes.add(("MariaDB batched INSERT (copy.enabled=false): %,.0f rows/s, %.2f x LOAD DATA LOCAL INFILE (%,.0f rows/s), "
                + "%.2f x a plain JDBC batched INSERT of the same rows into the same server (useBulkStmts, 5000 a batch, "
                + "one transaction a batch: %,.0f rows/s)").formatted(insert.rowsPerSecond(),
                insert.rowsPerSecond() / limit.rowsPerSecond(), limit.rowsPerSecond(),
                insert.rowsPerSecond() / rawInsert.rowsPerSecond(), rawInsert.rowsPerSecond()));
        run.notes.add("MariaDB LOAD DATA path (copy.enabled=true): %,.0f rows/s, %.2f x LOAD DATA LOCAL INFILE (aim >= 0.6: %s)"
                .formatted(load.rowsPerSecond(), load.rowsPerSecond() / limit.rowsPerSecond(),
                        load.rowsPerSecond() / limit.rowsPerSecond() >= 0.6 ? "met" : "NOT met"));
        return new DatabasePaths("MariaDB", load, limit, "MariaDB LOAD DATA LOCAL INFILE of the same rows, same run");
    }

    /**
     * Our bulk path (COPY, or LOAD DATA when {@code db} is MariaDB) over the whole topic into a table of its own, not
     * counted: on a fresh worker the first rounds run cold (in earlier runs below the ceiling measured after them),
     * and the first tenth that each timed part leaves out is too short to warm up a worker on small runs.
     */
    private static void warmUp(Run run, Database db) throws Exception {
        db.execute("DROP TABLE IF EXISTS bench_warm_up");
        runSink(run, db, TOPIC, run.bytes, "bench_warm_up", run.settings, "Warm-up (not counted): JDBC sink, bulk path",
                Map.of("copy.enabled", "true"));
        db.execute("DROP TABLE bench_warm_up");
    }

    /** Runs our sink over the whole {@code topic} (holding {@code bytes}) into {@code table}, timed by {@link SinkPutTimer}. */
    private static Phase runSink(Run run, Database db, String topic, long bytes, String table, SinkSettings settings,
                                 String phase, Map<String, String> extra) throws Exception {
        Map<String, String> config = new HashMap<>(Map.of(
                "connector.class", "io.flumeconnect.sinks.jdbc.JdbcSinkConnector",
                "topics", topic,
                "connection.url", db.url,
                "table.name.format", table,
                "auto.create", "true",
                "batch.size", "5000"));
        config.putAll(settings.config());
        config.putAll(extra);
        return runConnector(run, db, table, bytes, phase, config);
    }

    /**
     * The Connect sink ceiling with schemas, our COPY path and Debezium's JDBC sink on the same records with schemas
     * (Debezium takes its column types from them), into the same PostgreSQL and table shape, one after the other.
     */
    private static void debezium(Run run, Database db, Phase copy) throws Exception {
        SinkSettings withSchemas = new SinkSettings(run.settings.tasks(), "json-schemas", run.settings.maxPollRecords(),
                run.settings.fetchMinBytes());
        String topic = TOPIC;
        long bytes = run.bytes;
        if (!run.settings.schemas()) {
            topic = SCHEMA_TOPIC;
            run.context.createTopic(topic, (int) run.context.option("partitions", 1));
            run.context.out().printf("Producing the %,d records again with schemas to %s, for Debezium...%n", run.rows, topic);
            bytes = fill(run.context, topic, run.rows, true);
        }
        // Twice, before and after the sinks, as the main ceiling: the first run on this converter also warms it up.
        Phase ceilingBefore = run.ceiling("bench-jdbc-ceiling-schemas-1", "before the sinks with schemas", topic, bytes,
                withSchemas);
        Phase ours = run.settings.schemas() ? copy : runSink(run, db, topic, bytes, "bench_copy_schemas", withSchemas,
                "JDBC sink, PostgreSQL, COPY, JsonConverter with schemas", Map.of("copy.enabled", "true"));
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
        Phase debezium = runConnector(run, db, "bench_debezium", bytes,
                "Debezium JDBC sink (%s), PostgreSQL, insert.mode=insert".formatted(DEBEZIUM), config);
        db.execute("DROP TABLE IF EXISTS bench_copy_schemas, bench_debezium");
        Phase ceiling = SinkCeiling.faster(ceilingBefore, run.ceiling("bench-jdbc-ceiling-schemas-2",
                "after the sinks with schemas", topic, bytes, withSchemas));
        double ratio = ours.rowsPerSecond() / debezium.rowsPerSecond();
        run.notes.add(("Debezium's JDBC sink (%s, insert.mode=insert, schema.evolution=basic, batch.size=5000; same worker, "
                + "PostgreSQL and table shape; JsonConverter with schemas for both): %,.0f rows/s; our COPY path on the same "
                + "records and converter: %,.0f rows/s, %.2f x Debezium (aim >= %.0f: %s)").formatted(DEBEZIUM,
                debezium.rowsPerSecond(), ours.rowsPerSecond(), ratio, AIM_AGAINST_DEBEZIUM,
                ratio >= AIM_AGAINST_DEBEZIUM ? "met" : "NOT met"));
        run.notes.add(("with schemas, our COPY path against the Connect sink ceiling with schemas (the faster of its runs "
                + "before and after the sinks with schemas, %,.0f rows/s): %.2f; "
                + "that ceiling / Debezium, the most any sink could reach against Debezium on this worker: %.2f")
                .formatted(ceiling.rowsPerSecond(), ours.rowsPerSecond() / ceiling.rowsPerSecond(),
                        ceiling.rowsPerSecond() / debezium.rowsPerSecond()));
    }

    /**
     * Runs one sink connector over its whole topic (holding {@code bytes}) into {@code table}, timed by
     * {@link SinkPutTimer} until put has finished for every record and the table holds every row (our sink's last
     * write ends after its put returned), then checks that the table holds no more rows than records.
     */
    private static Phase runConnector(Run run, Database db, String table, long bytes, String phase,
                                      Map<String, String> config) throws Exception {
        // One consumer group per database and table: each run reads the topic from the start.
        String connector = "bench-" + db.url.split(":")[1] + "-" + table.replace('_', '-');
        // The recording starts before the connector (and includes its start): jcmd takes seconds on a loaded
        // machine, and started after the connector it would miss the timed part's beginning.
        WorkerProfile profile = run.context.flag("jfr") ? WorkerProfile.start(run.context.stack().worker().process(),
                connector, run.context.workDir().resolve(connector + ".jfr")) : null;
        run.context.rest().putConnector(connector, config);
        Phase measured = SinkPutTimer.time(run.context, run.metrics, connector, phase, run.rows, bytes,
                () -> db.count(table) >= run.rows);
        if (profile != null) {
            run.context.out().printf("  profile of %s (from its start): %s%n", connector, profile.stop());
        }
        long written = db.count(table);
        if (written != run.rows) {
            throw new IOException("%s: table %s holds %,d rows for the %,d records of the topic"
                    .formatted(phase, table, written, run.rows));
        }
        run.context.rest().deleteConnector(connector);
        return run.add(measured);
    }

    /** One run of the benchmark: what every round needs, the phases measured so far and the notes. */
    private static final class Run {
        private final BenchContext context;
        private final WorkerMetrics metrics;
        private final long rows;
        private final long bytes;
        private final SinkSettings settings;
        private final List<Phase> phases = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        Run(BenchContext context, WorkerMetrics metrics, long rows, long bytes, SinkSettings settings) {
            this.context = context;
            this.metrics = metrics;
            this.rows = rows;
            this.bytes = bytes;
            this.settings = settings;
        }

        Phase.Mark mark() throws IOException {
            return Phase.Mark.now(context.stack().worker().process());
        }

        /** Prints {@code phase} and keeps it for the CPU table. */
        Phase add(Phase phase) {
            context.out().println(phase);
            phases.add(phase);
            return phase;
        }

        /** The counting sink over {@code topic} (holding {@code topicBytes}) with {@code with}, timed as the sinks are. */
        Phase ceiling(String connector, String when, String topic, long topicBytes, SinkSettings with)
                throws IOException, InterruptedException {
            return add(SinkCeiling.measure(context, metrics, "Connect sink ceiling (counting sink, %s), %s"
                    .formatted(with.describe(), when), connector, topic, rows, topicBytes, with.config()));
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
        void batchedInsert(String table, long rows) throws SQLException {
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
