package io.flumeconnect.launcher.migrate.mapping.interceptor;

import io.flumeconnect.launcher.migrate.mapping.KeyLedger;
import io.flumeconnect.launcher.migrate.mapping.TransformDef;
import io.flumeconnect.launcher.migrate.model.InterceptorDef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Flume's {@code UUIDInterceptor} (from its morphline module): the UuidHeader transform. */
final class UuidInterceptorMapper implements InterceptorMapper {
    @Override
    public List<String> types() {
        return List.of("uuid", "org.apache.flume.sink.solr.morphline.uuidinterceptor$builder");
    }

    @Override
    public List<TransformDef> map(InterceptorDef interceptor, KeyLedger keys) {
        Map<String, String> config = new LinkedHashMap<>();
        Transforms.copy(keys, "headerName", config, "header");
        Transforms.copy(keys, "prefix", config, "prefix");
        Transforms.preserveExisting(keys, config, true);
        return List.of(new TransformDef(interceptor.name(), Transforms.PACKAGE + "interceptor.UuidHeader", config));
    }
}
