package io.flumeconnect.launcher.migrate;

import io.flumeconnect.launcher.Options;
import io.flumeconnect.launcher.migrate.mapping.ConnectorDef;
import io.flumeconnect.launcher.migrate.mapping.Migration;
import io.flumeconnect.launcher.migrate.rest.ConnectorCheck;
import io.flumeconnect.launcher.migrate.rest.TopicCreator;
import io.flumeconnect.launcher.process.ConnectRestClient;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code --check} and {@code --apply}: validates every connector on the worker and prints the errors per key;
 * applying then creates the topics (on {@code --bootstrap-servers}) and the connectors, sinks before sources so
 * nothing is produced before its readers exist.
 */
final class ClusterStep {
    private final Options options;

    ClusterStep(Options options) {
        this.options = options;
    }

    /** 0, or the exit status to end with. */
    int run(Migration migration, boolean apply) throws Exception {
        String url = options.get("connect-url", "http://localhost:8083/");
        ConnectRestClient worker = new ConnectRestClient(URI.create(url.endsWith("/") ? url : url + "/"));
        Map<String, Map<String, List<String>>> failures = ConnectorCheck.run(worker, migration.connectors());
        failures.forEach((connector, errors) -> errors.forEach((key, messages) ->
                messages.forEach(m -> System.err.println("check: " + connector + ": " + key + ": " + m))));
        if (!failures.isEmpty()) {
            System.err.println(failures.size() + " of " + migration.connectors().size()
                    + " connectors are refused by the worker at " + url);
            return MigrateCommand.FAILED;
        }
        System.out.println("check: all " + migration.connectors().size() + " connectors are valid on " + url);
        if (options.flag("apply") && !apply) {
            System.err.println("not applied: some components are not mapped (see the report); --continue applies "
                    + "the rest");
            return MigrateCommand.UNMAPPED;
        }
        return apply ? apply(migration, worker) : 0;
    }

    private int apply(Migration migration, ConnectRestClient worker) throws Exception {
        String bootstrap = options.get("bootstrap-servers", "");
        if (bootstrap.isEmpty()) {
            System.err.println("--apply needs --bootstrap-servers=HOST:PORT of the Kafka cluster to create the topics");
            return MigrateCommand.USAGE;
        }
        List<String> created = TopicCreator.create(bootstrap, migration.topics());
        System.out.println("topics created: " + created.size() + " (" + (migration.topics().size() - created.size())
                + " existed)");
        List<ConnectorDef> sinksFirst = migration.connectors().stream()
                .sorted(Comparator.comparing(c -> c.config().containsKey("topic"))).toList();
        for (ConnectorDef connector : sinksFirst) {
            worker.putConnector(connector.name(), connector.config());
            System.out.println("connector created or updated: " + connector.name());
        }
        return 0;
    }
}
