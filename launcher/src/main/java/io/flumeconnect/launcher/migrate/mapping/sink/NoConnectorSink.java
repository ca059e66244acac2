package io.flumeconnect.launcher.migrate.mapping.sink;

import io.flumeconnect.launcher.migrate.mapping.KeyLedger;
import io.flumeconnect.launcher.migrate.mapping.KeyStatus;
import io.flumeconnect.launcher.migrate.mapping.Mapped;
import io.flumeconnect.launcher.migrate.model.SinkDef;
import java.util.List;

/**
 * A Flume sink that needs no connector here (Kafka took over its job: {@link KeyStatus#CHANGED}) or that has no
 * counterpart in this suite ({@link KeyStatus#UNSUPPORTED}, with the connector to use instead). {@code %s} in the
 * summary is replaced with the topics the sink's channel became.
 */
record NoConnectorSink(List<String> types, KeyStatus status, String summary) implements SinkMapper {
    @Override
    public Mapped map(SinkDef sink, KeyLedger keys, List<String> topics) {
        String text = summary.replace("%s", String.join(", ", topics));
        keys.finish(status, status == KeyStatus.CHANGED ? "no connector needed (see the sink)" : "no connector here");
        return Mapped.noConnector(status, text);
    }
}
