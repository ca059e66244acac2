package io.flumeconnect.launcher.migrate.mapping.source;

import io.flumeconnect.launcher.migrate.mapping.KeyLedger;
import io.flumeconnect.launcher.migrate.mapping.Mapped;
import io.flumeconnect.launcher.migrate.model.SourceDef;
import java.util.List;

/**
 * Maps one kind of Flume source to a source connector. The {@code type}, {@code channels}, {@code selector.*} and
 * {@code interceptors.*} keys are handled by the {@code Migrator}; the mapper accounts for every other key on the
 * ledger. Register a new one in {@link SourceMappers}.
 */
public interface SourceMapper {
    /** Flume type names and class names it takes, in lower case ({@code taildir}, {@code org.apache...}). */
    List<String> types();

    Mapped map(SourceDef source, KeyLedger keys);
}
