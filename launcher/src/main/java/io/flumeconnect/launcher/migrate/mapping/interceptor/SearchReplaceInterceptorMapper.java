package io.flumeconnect.launcher.migrate.mapping.interceptor;

import io.flumeconnect.launcher.migrate.mapping.KeyLedger;
import io.flumeconnect.launcher.migrate.mapping.TransformDef;
import io.flumeconnect.launcher.migrate.model.InterceptorDef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Flume's {@code search_replace} interceptor: the SearchReplace transform on the value (the event body). */
final class SearchReplaceInterceptorMapper implements InterceptorMapper {
    @Override
    public List<TransformDef> map(InterceptorDef interceptor, KeyLedger keys) {
        Map<String, String> config = new LinkedHashMap<>();
        Transforms.copy(keys, "searchPattern", config, "pattern");
        config.put("replacement", keys.settings().get("replaceString", ""));
        keys.mapped("replaceString", "replacement");
        keys.changed("charset", "the value is a string (bytes are read as UTF-8)");
        return List.of(new TransformDef(interceptor.name(), Transforms.PACKAGE + "interceptor.SearchReplace", config));
    }

    @Override
    public List<String> types() {
        return List.of("search_replace", "org.apache.flume.interceptor.searchandreplaceinterceptor$builder");
    }
}
