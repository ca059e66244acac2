package io.flumeconnect.launcher.migrate.mapping.interceptor;

import io.flumeconnect.launcher.migrate.mapping.KeyLedger;
import io.flumeconnect.launcher.migrate.mapping.KeyStatus;
import io.flumeconnect.launcher.migrate.mapping.TransformDef;
import io.flumeconnect.launcher.migrate.model.InterceptorDef;
import io.flumeconnect.launcher.migrate.model.Settings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Flume's {@code regex_extractor} interceptor: the RegexExtractor transform with the serializers' names as the
 * regex's group names; a millis serializer adds a TimestampHeader transform that parses the header it extracted.
 */
final class RegexExtractorInterceptorMapper implements InterceptorMapper {
    private static final String GROUP_NAME = "[a-zA-Z][a-zA-Z0-9]*";
    private static final String MILLIS = "org.apache.flume.interceptor.regexextractorinterceptormillisserializer";
    private static final String PASS_THROUGH =
            "org.apache.flume.interceptor.regexextractorinterceptorpassthroughserializer";

    @Override
    public List<String> types() {
        return List.of("regex_extractor", "org.apache.flume.interceptor.regexextractorinterceptor$builder");
    }

    @Override
    public List<TransformDef> map(InterceptorDef interceptor, KeyLedger keys) {
        Settings settings = keys.settings();
        List<String> serializers = settings.words("serializers");
        List<String> names = new ArrayList<>();
        for (String serializer : serializers) {
            String name = settings.get("serializers." + serializer + ".name", "").trim();
            if (!name.matches(GROUP_NAME)) {
                keys.unsupported("serializers." + serializer + ".name", "RegexExtractor names headers after regex "
                        + "groups, which are letters and digits starting with a letter; rename the header (and what "
                        + "reads it)");
                keys.finish(KeyStatus.UNSUPPORTED, "the interceptor is not migrated (see its serializer's name)");
                return List.of();
            }
            names.add(name);
        }
        String regex;
        try {
            regex = CapturingGroups.name(settings.get("regex", "").trim(), names);
        } catch (IllegalArgumentException e) {
            keys.unsupported("regex", e.getMessage());
            keys.finish(KeyStatus.UNSUPPORTED, "the interceptor is not migrated (see its regex)");
            return List.of();
        }
        keys.changed("regex", "pattern, with the serializers' names as group names: " + regex);
        keys.mapped("serializers", "the named groups of pattern");
        Map<String, String> config = new LinkedHashMap<>();
        config.put("pattern", regex);
        List<TransformDef> transforms = new ArrayList<>();
        transforms.add(new TransformDef(interceptor.name(), Transforms.PACKAGE + "interceptor.RegexExtractor", config));
        for (int i = 0; i < serializers.size(); i++) {
            serializer(interceptor, keys.under("serializers." + serializers.get(i) + "."), names.get(i))
                    .ifPresent(transforms::add);
        }
        return transforms;
    }

    private static Optional<TransformDef> serializer(InterceptorDef interceptor, KeyLedger keys, String name) {
        keys.mapped("name", "a group name of pattern");
        String type = keys.settings().get("type", "default").trim();
        if (type.equalsIgnoreCase("default") || type.equalsIgnoreCase(PASS_THROUGH)) {
            keys.mapped("type", "the group's text is the header");
            keys.finish(KeyStatus.UNSUPPORTED, "not a key of the pass-through serializer");
            return Optional.empty();
        }
        if (!type.equalsIgnoreCase(MILLIS)) {
            keys.unsupported("type", "a custom serializer; the header keeps the group's text");
            keys.finish(KeyStatus.UNSUPPORTED, "a custom serializer's key");
            return Optional.empty();
        }
        Map<String, String> config = new LinkedHashMap<>();
        config.put("header", name);
        config.put("source", "header:" + name);
        config.put("format", keys.settings().get("pattern", "").trim());
        config.put("on.invalid", "skip");
        keys.changed("type", "a TimestampHeader transform turns the header into epoch milliseconds; a time it "
                + "cannot parse leaves the header as text");
        keys.changed("pattern", "format: a java.time pattern, whose common letters (yyyy MM dd HH mm ss SSS) mean "
                + "what Joda's did; parsed in UTC unless it names a zone (Joda used the agent's zone)");
        keys.finish(KeyStatus.UNSUPPORTED, "not a key of the millis serializer");
        return Optional.of(new TransformDef(interceptor.name() + "-" + name + "-millis",
                Transforms.PACKAGE + "interceptor.TimestampHeader", config));
    }
}
