package io.flumeconnect.launcher.migrate.mapping.sink;

import io.flumeconnect.launcher.migrate.mapping.KeyLedger;
import io.flumeconnect.launcher.migrate.mapping.Mapped;
import io.flumeconnect.launcher.migrate.model.SinkDef;
import java.util.List;

/**
 * Maps one kind of Flume sink. The {@code type} and {@code channel} keys are handled by the {@code Migrator};
 * {@code topics} names the topics the sink's channel became, for the report. Register a new one in
 * {@link SinkMappers}.
 */
public interface SinkMapper {
    /** Flume type names and class names it takes, in lower case. */
    List<String> types();

    Mapped map(SinkDef sink, KeyLedger keys, List<String> topics);
}
