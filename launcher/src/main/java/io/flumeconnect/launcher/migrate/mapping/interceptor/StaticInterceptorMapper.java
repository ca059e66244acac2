package io.flumeconnect.launcher.migrate.mapping.interceptor;

import io.flumeconnect.launcher.migrate.mapping.KeyLedger;
import io.flumeconnect.launcher.migrate.mapping.TransformDef;
import io.flumeconnect.launcher.migrate.model.InterceptorDef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Flume's {@code static} interceptor: the StaticHeaders transform with one {@code key:value} pair. */
final class StaticInterceptorMapper implements InterceptorMapper {
    @Override
    public List<String> types() {
        return List.of("static", "org.apache.flume.interceptor.staticinterceptor$builder");
    }

    @Override
    public List<TransformDef> map(InterceptorDef interceptor, KeyLedger keys) {
        String key = keys.settings().get("key", "key").trim();
        String value = keys.settings().get("value", "value").trim();
        if (key.contains(":") || key.contains(",") || value.contains(",")) {
            keys.unsupported("key", "StaticHeaders takes name:value pairs separated by commas; a name with ':' or "
                    + "',' or a value with ',' cannot be written there");
            keys.unsupported("value", "see key");
            return List.of();
        }
        Map<String, String> config = new LinkedHashMap<>();
        config.put("headers", key + ":" + value);
        keys.mapped("key", "headers");
        keys.mapped("value", "headers");
        Transforms.preserveExisting(keys, config, true);
        return List.of(new TransformDef(interceptor.name(), Transforms.PACKAGE + "interceptor.StaticHeaders", config));
    }
}
