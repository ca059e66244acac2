package io.flumeconnect.launcher.migrate.mapping.interceptor;

import io.flumeconnect.launcher.migrate.mapping.KeyLedger;
import io.flumeconnect.launcher.migrate.mapping.TransformDef;
import io.flumeconnect.launcher.migrate.model.InterceptorDef;
import io.flumeconnect.launcher.migrate.model.Settings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Flume's {@code remove_header} interceptor: the RemoveHeaders transform. */
final class RemoveHeaderInterceptorMapper implements InterceptorMapper {
    @Override
    public List<String> types() {
        return List.of("remove_header", "org.apache.flume.interceptor.removeheaderinterceptor$builder");
    }

    @Override
    public List<TransformDef> map(InterceptorDef interceptor, KeyLedger keys) {
        Settings settings = keys.settings();
        List<String> names = new ArrayList<>();
        settings.get("withName").ifPresent(name -> names.add(name.trim()));
        keys.mapped("withName", "names");
        String separator = settings.get("fromListSeparator", "\\s*,\\s*");
        settings.get("fromList").ifPresent(list -> names.addAll(Arrays.asList(list.trim().split(separator))));
        keys.mapped("fromList", "names");
        keys.mapped("fromListSeparator", "names (split with it)");
        Map<String, String> config = new LinkedHashMap<>();
        config.put("names", String.join(",", names));
        Transforms.copy(keys, "matching", config, "pattern");
        return List.of(new TransformDef(interceptor.name(), Transforms.PACKAGE + "interceptor.RemoveHeaders", config));
    }
}
