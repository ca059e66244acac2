package io.flumeconnect.launcher.migrate.mapping.interceptor;

import io.flumeconnect.launcher.migrate.mapping.KeyLedger;
import io.flumeconnect.launcher.migrate.mapping.KeyStatus;
import io.flumeconnect.launcher.migrate.mapping.TransformDef;
import io.flumeconnect.launcher.migrate.model.InterceptorDef;
import java.util.List;

/** The registry of interceptor mappers, by Flume type. */
public final class InterceptorMappers {
    private static final List<InterceptorMapper> MAPPERS = List.of(
            new TimestampInterceptorMapper(),
            new HostInterceptorMapper(),
            new StaticInterceptorMapper(),
            new UuidInterceptorMapper(),
            new RemoveHeaderInterceptorMapper(),
            new RegexFilterInterceptorMapper(),
            new RegexExtractorInterceptorMapper(),
            new SearchReplaceInterceptorMapper());

    private InterceptorMappers() {
    }

    /** The transforms for an interceptor; every key of it is accounted for on {@code keys}. */
    public static List<TransformDef> map(InterceptorDef interceptor, KeyLedger keys) {
        keys.mapped("type", "transform " + interceptor.name());
        List<TransformDef> transforms = MAPPERS.stream().filter(m -> m.types().contains(interceptor.typeKey()))
                .findFirst().map(m -> m.map(interceptor, keys)).orElseGet(() -> {
                    keys.unsupported("type", "no transform for interceptor " + interceptor.type()
                            + (interceptor.typeKey().contains("morphline") ? "; Morphlines have no counterpart, "
                            + "ParseLine/ParseJson cover parsing" : "; port it to a Connect Transformation"));
                    return List.of();
                });
        keys.finish(KeyStatus.UNSUPPORTED, "not a key of this interceptor");
        return transforms;
    }
}
