package io.flumeconnect.launcher.migrate.mapping.interceptor;

import io.flumeconnect.launcher.migrate.mapping.KeyLedger;
import io.flumeconnect.launcher.migrate.mapping.TransformDef;
import io.flumeconnect.launcher.migrate.model.InterceptorDef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Flume's {@code host} interceptor: the HostHeader transform, with the worker's address. */
final class HostInterceptorMapper implements InterceptorMapper {
    @Override
    public List<String> types() {
        return List.of("host", "org.apache.flume.interceptor.hostinterceptor$builder");
    }

    @Override
    public List<TransformDef> map(InterceptorDef interceptor, KeyLedger keys) {
        Map<String, String> config = new LinkedHashMap<>();
        Transforms.copy(keys, "hostHeader", config, "header");
        Transforms.copy(keys, "useIP", config, "use.ip");
        Transforms.preserveExisting(keys, config, false);
        return List.of(new TransformDef(interceptor.name(), Transforms.PACKAGE + "interceptor.HostHeader", config));
    }
}
