package io.flumeconnect.launcher.migrate.model;

import java.util.Locale;

/** One of a source's interceptors ({@code interceptors.<name>.*}), in the order the source lists them. */
public record InterceptorDef(String name, String type, Settings settings) {
    public String typeKey() {
        return type.toLowerCase(Locale.ROOT);
    }
}
