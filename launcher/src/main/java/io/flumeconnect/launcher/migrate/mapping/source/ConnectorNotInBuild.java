package io.flumeconnect.launcher.migrate.mapping.source;

import io.flumeconnect.launcher.migrate.mapping.KeyLedger;
import io.flumeconnect.launcher.migrate.mapping.KeyStatus;
import io.flumeconnect.launcher.migrate.mapping.Mapped;
import io.flumeconnect.launcher.migrate.model.SourceDef;
import java.util.List;

/**
 * A source whose connector is planned but not in this build: it is listed in the report as such, its topic is
 * still created (so its sinks are ready), and the exit status says the migration is incomplete. Replaced in
 * {@link SourceMappers} by the real mapper when the connector lands.
 */
record ConnectorNotInBuild(List<String> types, String connector, String issue) implements SourceMapper {
    @Override
    public Mapped map(SourceDef source, KeyLedger keys) {
        keys.finish(KeyStatus.NOT_IN_BUILD, "mapped once " + connector + " exists");
        return Mapped.noConnector(KeyStatus.NOT_IN_BUILD, "connector not in this build: " + connector + " ("
                + issue + ") will take it. Its topic is created so the sinks that read it are ready; until then keep "
                + "this Flume source, or send its events to the topic another way.");
    }
}
