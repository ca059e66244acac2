package io.flumeconnect.launcher.migrate.mapping.interceptor;

import io.flumeconnect.launcher.migrate.mapping.KeyLedger;
import io.flumeconnect.launcher.migrate.mapping.TransformDef;
import io.flumeconnect.launcher.migrate.model.InterceptorDef;
import java.util.List;

/** Maps one kind of Flume interceptor to transforms, accounting for its keys on the ledger. */
public interface InterceptorMapper {
    /** Flume type names and builder class names it takes, in lower case. */
    List<String> types();

    /** The transforms, in order, that do what the interceptor did; empty when it has none. */
    List<TransformDef> map(InterceptorDef interceptor, KeyLedger keys);
}
