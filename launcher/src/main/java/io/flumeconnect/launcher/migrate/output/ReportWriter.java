package io.flumeconnect.launcher.migrate.output;

import io.flumeconnect.launcher.migrate.mapping.ComponentReport;
import io.flumeconnect.launcher.migrate.mapping.KeyOutcome;
import io.flumeconnect.launcher.migrate.mapping.Migration;
import io.flumeconnect.launcher.migrate.mapping.Secrets;
import io.flumeconnect.launcher.migrate.mapping.TopicDef;
import io.flumeconnect.launcher.migrate.model.Component;
import io.flumeconnect.launcher.migrate.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes {@code migration-report.md}: what each component became, the topics, and every key of the file with
 * what became of it: mapped, changed (with the difference), or unsupported (with the reason). Deterministic, so it can be kept next to the connector JSON and compared.
 */
public final class ReportWriter {
    private ReportWriter() {
    }

    public static Path write(Migration migration, String fileName, Path dir) throws IOException {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve("migration-report.md"), markdown(migration, fileName));
    }

    public static String markdown(Migration migration, String fileName) {
        StringBuilder md = new StringBuilder();
        md.append("# Migration of ").append(fileName).append("\n\n");
        summary(md, migration);
        warnings(md, migration.warnings(), fileName);
        secrets(md, migration);
        topics(md, migration.topics());
        for (String agent : agents(migration)) {
            md.append("## Agent ").append(agent).append("\n\n");
            migration.components().stream().filter(c -> c.component().agent().equals(agent))
                    .forEach(c -> component(md, c));
        }
        return md.toString();
    }

    private static void summary(StringBuilder md, Migration migration) {
        List<ComponentReport> unmapped = migration.unmapped();
        md.append(count(migration.connectors().size(), "connector")).append(", ")
                .append(count(migration.topics().size(), "topic")).append(". ");
        md.append(unmapped.isEmpty() ? "Every component and key is mapped or mapped with a stated difference.\n\n"
                : count(unmapped.size(), "component") + " not fully mapped (the command exits with status 3 unless "
                        + "--continue): " + String.join(", ", unmapped.stream().map(ReportWriter::title).toList())
                        + ".\n\n");
        md.append("| Component | Type | Line | Status | Connectors |\n|---|---|---|---|---|\n");
        for (ComponentReport c : migration.components()) {
            md.append("| ").append(c.component().path()).append(" | ").append(cell(c.component().type())).append(" | ")
                    .append(c.component().line()).append(" | ").append(status(c)).append(" | ")
                    .append(String.join(", ", c.connectors())).append(" |\n");
        }
        md.append('\n');
    }

    private static void warnings(StringBuilder md, List<Problem> warnings, String fileName) {
        if (warnings.isEmpty()) {
            return;
        }
        md.append("## Warnings\n\n");
        warnings.forEach(w -> md.append("- ").append(w.format(fileName).replace(fileName + ":", "line ")
                .replace("warning: ", "")).append('\n'));
        md.append('\n');
    }

    /** Where the secrets went and what the operator does with them; never their values. */
    private static void secrets(StringBuilder md, Migration migration) {
        if (migration.secrets().isEmpty()) {
            return;
        }
        md.append("## Secrets\n\n").append(count(migration.secrets().size(), "secret value"))
                .append(" of the connectors are not in their JSON but in `").append(MigrationFiles.SECRETS)
                .append("` (written next to this report, readable by its owner only); each connector refers to its ")
                .append("value as `${file:").append(migration.secretsFile()).append(":KEY}`. Before registering ")
                .append("the connectors, put that file at `").append(migration.secretsFile()).append("` on every ")
                .append("Connect worker, readable by the worker's user only, and enable Kafka's file config provider ")
                .append("in the worker properties:\n\n```properties\nconfig.providers=file\n")
                .append("config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider\n")
                .append("```\n\nValues of secret keys are shown as `***` below.\n\n")
                .append("| Connector key | KEY in the secrets file |\n|---|---|\n");
        migration.connectors().forEach(connector -> connector.config().forEach((key, value) -> {
            if (value.startsWith("${file:" + migration.secretsFile() + ":")) {
                md.append("| `").append(connector.name()).append("`: `").append(key).append("` | `")
                        .append(connector.name()).append('.').append(key).append("` |\n");
            }
        }));
        md.append('\n');
    }

    private static void topics(StringBuilder md, List<TopicDef> topics) {
        md.append("## Topics\n\n| Topic | Partitions | Replication | Carries the events of channels |\n|---|---|---|---|\n");
        topics.forEach(t -> md.append("| ").append(t.name()).append(" | ").append(t.partitions()).append(" | ")
                .append(t.replicationFactor()).append(" | ").append(t.channels().isEmpty()
                        ? "none: a multiplexing source's events that match no mapping (Flume dropped them)"
                        : String.join(", ", t.channels())).append(" |\n"));
        md.append('\n');
    }

    private static void component(StringBuilder md, ComponentReport report) {
        md.append("### ").append(title(report)).append(": ").append(status(report)).append("\n\n");
        md.append(report.summary()).append(report.summary().endsWith(".") ? "\n\n" : ".\n\n");
        if (!report.connectors().isEmpty()) {
            md.append("Connectors: ").append(String.join(", ", report.connectors().stream()
                    .map(n -> "`" + n + "`").toList())).append(".\n\n");
        }
        if (report.keys().isEmpty()) {
            return;
        }
        md.append("| Line | Key | Value | Status | What it became |\n|---|---|---|---|---|\n");
        for (KeyOutcome key : report.keys()) {
            String value = Secrets.isSecret(key.key()) && !key.value().isEmpty() ? "***" : key.value();
            md.append("| ").append(key.line()).append(" | `").append(key.key()).append("` | ").append(code(value))
                    .append(" | ").append(key.status().label()).append(" | ").append(cell(key.detail())).append(" |\n");
        }
        md.append('\n');
    }

    private static String title(ComponentReport report) {
        Component c = report.component();
        return c.kind().label() + " " + c.agent() + "." + c.name() + " (" + c.type() + ", line " + c.line() + ")";
    }

    private static String status(ComponentReport report) {
        if (report.status().unmapped()) {
            return report.status().label();
        }
        return report.unmapped() ? "partly mapped: see the unsupported keys" : report.status().label();
    }

    private static Set<String> agents(Migration migration) {
        Set<String> agents = new LinkedHashSet<>();
        migration.components().forEach(c -> agents.add(c.component().agent()));
        return agents;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static String code(String value) {
        return value.isEmpty() ? "" : "`" + cell(value).replace("`", "'") + "`";
    }
}
