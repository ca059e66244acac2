package io.flumeconnect.common.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.types.Password;

/**
 * Renders a plugin's {@link ConfigDef} as a Markdown reference page: one table per group, in the
 * order the keys were declared. The pages under {@code docs/reference/} are generated with this, and
 * each plugin module's tests fail when a committed page no longer matches its {@code ConfigDef}.
 */
public final class ConfigReference {
    private ConfigReference() {
    }

    public static String markdown(String title, String overview, ConfigDef def) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(title).append("\n\n").append(overview.strip()).append("\n");
        byGroup(def).forEach((group, keys) -> {
            out.append("\n## ").append(group).append("\n\n");
            out.append("| Key | Type | Default | Valid values | Importance | Description |\n");
            out.append("|---|---|---|---|---|---|\n");
            keys.forEach(key -> out.append(row(key)));
        });
        return out.toString();
    }

    private static Map<String, List<ConfigDef.ConfigKey>> byGroup(ConfigDef def) {
        Map<String, List<ConfigDef.ConfigKey>> groups = new LinkedHashMap<>();
        for (ConfigDef.ConfigKey key : def.configKeys().values()) {
            String group = key.group == null ? "Settings" : key.group;
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(key);
        }
        groups.values().forEach(keys -> keys.sort((a, b) -> Integer.compare(a.orderInGroup, b.orderInGroup)));
        return groups;
    }

    private static String row(ConfigDef.ConfigKey key) {
        return "| `" + key.name + "` | " + key.type.name().toLowerCase() + " | " + defaultOf(key) + " | "
                + cell(key.validator == null ? "" : key.validator.toString()) + " | "
                + key.importance.name().toLowerCase() + " | " + cell(key.documentation) + " |\n";
    }

    private static String defaultOf(ConfigDef.ConfigKey key) {
        if (!key.hasDefault()) {
            return "*required*";
        }
        Object value = key.defaultValue;
        if (value == null) {
            return "null";
        }
        if (value instanceof Password) {
            return "[hidden]";
        }
        String text = value instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
                : String.valueOf(value);
        return text.isEmpty() ? "\"\"" : "`" + text + "`";
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
