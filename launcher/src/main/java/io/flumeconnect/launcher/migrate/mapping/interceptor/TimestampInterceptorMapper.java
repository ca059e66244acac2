package io.flumeconnect.launcher.migrate.mapping.interceptor;

import io.flumeconnect.launcher.migrate.mapping.KeyLedger;
import io.flumeconnect.launcher.migrate.mapping.TransformDef;
import io.flumeconnect.launcher.migrate.model.InterceptorDef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Flume's {@code timestamp} interceptor: the TimestampHeader transform with the worker's clock. */
final class TimestampInterceptorMapper implements InterceptorMapper {
    @Override
    public List<String> types() {
        return List.of("timestamp", "org.apache.flume.interceptor.timestampinterceptor$builder");
    }

    @Override
    public List<TransformDef> map(InterceptorDef interceptor, KeyLedger keys) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("source", "now");
        Transforms.copy(keys, "headerName", config, "header");
        Transforms.preserveExisting(keys, config, false);
        return List.of(new TransformDef(interceptor.name(), Transforms.PACKAGE + "interceptor.TimestampHeader", config));
    }
}
