package io.flumeconnect.launcher.migrate.mapping.source;

import io.flumeconnect.launcher.migrate.mapping.KeyLedger;
import io.flumeconnect.launcher.migrate.mapping.KeyStatus;
import io.flumeconnect.launcher.migrate.mapping.Mapped;
import io.flumeconnect.launcher.migrate.model.SourceDef;
import java.util.List;

/** A Flume source with no counterpart in the suite, and what to use instead. */
record UnsupportedSource(List<String> types, String instead) implements SourceMapper {
    @Override
    public Mapped map(SourceDef source, KeyLedger keys) {
        keys.finish(KeyStatus.UNSUPPORTED, "no connector for this source");
        return Mapped.noConnector(KeyStatus.UNSUPPORTED, "no connector in this suite: " + instead);
    }
}
