package io.flumeconnect.sinks.file.engine;

import io.flumeconnect.sinks.file.template.PathSegments;
import io.flumeconnect.sinks.file.template.PathTemplate;
import io.flumeconnect.sinks.file.template.TimeRounding;
import java.time.ZoneOffset;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * Accepts a path template (relative directories) or a file-name template (no directories), neither with a
 * literal name starting with '.' or '_' (names that Hadoop, Hive and Spark skip).
 */
public final class TemplateValidator implements ConfigDef.Validator {
    private final boolean directories;

    private TemplateValidator(boolean directories) {
        this.directories = directories;
    }

    public static TemplateValidator directories() {
        return new TemplateValidator(true);
    }

    public static TemplateValidator fileName() {
        return new TemplateValidator(false);
    }

    @Override
    public void ensureValid(String name, Object value) {
        String template = (String) value;
        String relative;
        try {
            PathTemplate.parse(template, ZoneOffset.UTC, TimeRounding.NONE);
            relative = PathSegments.relative(template);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(name, value, e.getMessage());
        }
        if (!directories && (template.contains("/") || template.contains("\\"))) {
            throw new ConfigException(name, value, "a file name template holds no directories; put them in the path template");
        }
        for (String segment : relative.split("/")) {
            if (segment.startsWith(".") || segment.startsWith("_")) {
                throw new ConfigException(name, value, "'" + segment + "' starts with '.' or '_': Hadoop, Hive and Spark "
                        + "skip such files and directories");
            }
        }
    }

    @Override
    public String toString() {
        return directories
                ? "a relative path with Flume escapes (%Y %m %d %H %M %S ..., %{header}, %[topic], %[partition], %[field:name], "
                        + "%[localhost]); no directory starting with '.' or '_'"
                : "a file name with Flume escapes, no '/', not starting with '.' or '_'";
    }
}
