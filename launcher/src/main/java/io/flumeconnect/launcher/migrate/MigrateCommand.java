package io.flumeconnect.launcher.migrate;

import io.flumeconnect.launcher.Command;
import io.flumeconnect.launcher.LauncherHome;
import io.flumeconnect.launcher.Options;
import io.flumeconnect.launcher.migrate.conf.Substitution;
import io.flumeconnect.launcher.migrate.mapping.ComponentReport;
import io.flumeconnect.launcher.migrate.mapping.Migration;
import io.flumeconnect.launcher.migrate.mapping.MigrationOptions;
import io.flumeconnect.launcher.migrate.mapping.Migrator;
import io.flumeconnect.launcher.migrate.model.Component;
import io.flumeconnect.launcher.migrate.model.FlumeConfReader;
import io.flumeconnect.launcher.migrate.model.FlumeConfig;
import io.flumeconnect.launcher.migrate.model.Problem;
import io.flumeconnect.launcher.migrate.output.MigrationFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code bin/flume-connect migrate flume.conf}: translates a Flume configuration into connector JSON, the topics
 * to create and a report of every key, then optionally checks the connectors against a worker ({@code --check})
 * or creates the topics and connectors ({@code --apply}).
 */
public final class MigrateCommand implements Command {
    /** The flume.conf is not valid Flume, a connector failed its check, or applying failed. */
    static final int FAILED = 1;
    static final int USAGE = 2;
    /** Something could not be mapped and {@code --continue} was not given. */
    static final int UNMAPPED = 3;

    @Override
    public String name() {
        return "migrate";
    }

    @Override
    public String usage() {
        return "flume.conf [--agent=NAME] [--out=DIR] [--topic-prefix=P] [--partitions=N] [--replication-factor=N] "
                + "[--secrets-file=PATH] [--check | --apply --bootstrap-servers=HOST:PORT] [--connect-url=URL] "
                + "[--continue]";
    }

    @Override
    public int run(List<String> args, LauncherHome home) throws Exception {
        Options options = Options.parse(args);
        if (options.positional().size() != 1) {
            System.err.println("usage: bin/flume-connect migrate " + usage());
            return USAGE;
        }
        Path file = Path.of(options.positional().get(0));
        FlumeConfig config = FlumeConfReader.read(Files.readString(file), Substitution.ofThisProcess());
        String fileName = file.getFileName().toString();
        if (config.hasErrors()) {
            config.problems().stream().filter(Problem::isError).forEach(p -> System.err.println(p.format(fileName)));
            System.err.println(fileName + " is not a valid Flume configuration; nothing was written");
            return FAILED;
        }
        Optional<FlumeConfig> selected = options.values().containsKey("agent")
                ? FlumeConfReader.only(config, options.get("agent", "")) : Optional.of(config);
        if (selected.isEmpty()) {
            System.err.println(fileName + " has no agent " + options.get("agent", "") + "; its agents: "
                    + config.agents().stream().map(a -> a.name()).toList());
            return USAGE;
        }
        config.problems().forEach(p -> System.err.println(p.format(fileName)));
        Path out = Path.of(options.get("out", "flume-connect-migration"));
        Migration migration = Migrator.migrate(selected.get(), migrationOptions(options, out));
        MigrationFiles.write(migration, fileName, out);
        System.out.printf("%d connectors, %d topics, report: %s%n", migration.connectors().size(),
                migration.topics().size(), out.resolve(MigrationFiles.REPORT));
        boolean complete = migration.unmapped().isEmpty() || options.flag("continue");
        migration.unmapped().forEach(MigrateCommand::printUnmapped);
        if (options.flag("check") || options.flag("apply")) {
            int status = new ClusterStep(options).run(migration, options.flag("apply") && complete);
            if (status != 0) {
                return status;
            }
        }
        return complete ? 0 : UNMAPPED;
    }

    /** A component that is not mapped at all, or each key of it that is not. */
    private static void printUnmapped(ComponentReport report) {
        Component component = report.component();
        if (report.status().unmapped()) {
            System.err.println("not mapped: " + component.path() + " (" + component.type() + ", line "
                    + component.line() + "): " + report.summary());
        }
        report.keys().stream().filter(k -> k.status().unmapped() && !report.status().unmapped()).forEach(k ->
                System.err.println("not mapped: " + k.key() + " (line " + k.line() + "): " + k.detail()));
    }

    /** The secrets file is where the workers read it: by default the one written, at its absolute path. */
    private static MigrationOptions migrationOptions(Options options, Path out) {
        return new MigrationOptions(options.get("topic-prefix", MigrationOptions.DEFAULT_PREFIX),
                (int) options.get("partitions", 1L), (short) options.get("replication-factor", 1L),
                options.get("secrets-file", out.toAbsolutePath().resolve(MigrationFiles.SECRETS).toString()));
    }
}
