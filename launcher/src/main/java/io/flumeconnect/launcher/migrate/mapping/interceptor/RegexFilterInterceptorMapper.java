package io.flumeconnect.launcher.migrate.mapping.interceptor;

import io.flumeconnect.launcher.migrate.mapping.KeyLedger;
import io.flumeconnect.launcher.migrate.mapping.TransformDef;
import io.flumeconnect.launcher.migrate.model.InterceptorDef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Flume's {@code regex_filter} interceptor: the RegexFilter transform on the value (the event body). */
final class RegexFilterInterceptorMapper implements InterceptorMapper {
    @Override
    public List<String> types() {
        return List.of("regex_filter", "org.apache.flume.interceptor.regexfilteringinterceptor$builder");
    }

    @Override
    public List<TransformDef> map(InterceptorDef interceptor, KeyLedger keys) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("pattern", keys.settings().get("regex", ".*").trim());
        keys.mapped("regex", "pattern");
        Transforms.copy(keys, "excludeEvents", config, "exclude");
        return List.of(new TransformDef(interceptor.name(), Transforms.PACKAGE + "filter.RegexFilter", config));
    }
}
