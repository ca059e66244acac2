package io.flumeconnect.transforms.interceptor;

import io.flumeconnect.common.config.RegexValidator;
import io.flumeconnect.transforms.support.InputLimit;
import io.flumeconnect.transforms.support.Location;
import io.flumeconnect.transforms.support.LocationValidator;
import io.flumeconnect.transforms.support.NamedGroups;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** The configuration of {@link SearchReplace}. */
public final class SearchReplaceConfig extends AbstractConfig {
    public static final String SOURCE_CONFIG = "source";
    public static final String PATTERN_CONFIG = "pattern";
    public static final String REPLACEMENT_CONFIG = "replacement";

    private static final String GROUP = "Search and replace";

    public static final ConfigDef CONFIG_DEF = InputLimit.define(new ConfigDef()
            .define(SOURCE_CONFIG, ConfigDef.Type.STRING, "value", new LocationValidator(), ConfigDef.Importance.HIGH,
                    "Where the text to rewrite is: the value (Flume's event body), the key, a STRING field or a "
                            + "header. Bytes are read and written as UTF-8.",
                    GROUP, 1, ConfigDef.Width.MEDIUM, "Source")
            .define(PATTERN_CONFIG, ConfigDef.Type.STRING, ConfigDef.NO_DEFAULT_VALUE,
                    ConfigDef.CompositeValidator.of(new ConfigDef.NonEmptyString(), new RegexValidator()),
                    ConfigDef.Importance.HIGH, "Java regular expression to search for (Flume's `searchPattern`).",
                    GROUP, 2, ConfigDef.Width.LONG, "Pattern")
            .define(REPLACEMENT_CONFIG, ConfigDef.Type.STRING, "", ConfigDef.Importance.HIGH,
                    "What every match is replaced with (Flume's `replaceString`); `$1` and `${name}` insert groups, "
                            + "`\\$` a dollar sign.", GROUP, 3, ConfigDef.Width.LONG, "Replacement"),
            GROUP, 4, "A longer text fails the record: the connector's errors.tolerance and dead letter queue decide.");

    public final Location source;
    public final Pattern pattern;
    public final String replacement;

    public SearchReplaceConfig(Map<?, ?> props) {
        super(CONFIG_DEF, props);
        source = LocationValidator.parse(SOURCE_CONFIG, getString(SOURCE_CONFIG));
        pattern = RegexValidator.compile(PATTERN_CONFIG, getString(PATTERN_CONFIG));
        replacement = getString(REPLACEMENT_CONFIG);
        checkGroupReferences();
    }

    /** A reference to a group the pattern lacks would only fail on the first matching record: refuse it now. */
    private void checkGroupReferences() {
        int groupCount = pattern.matcher("").groupCount();
        List<String> names = NamedGroups.of(pattern);
        for (int i = 0; i < replacement.length(); i++) {
            char c = replacement.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '$') {
                i = checkReference(i + 1, groupCount, names);
            }
        }
    }

    private int checkReference(int start, int groupCount, List<String> names) {
        if (start < replacement.length() && replacement.charAt(start) == '{') {
            int end = replacement.indexOf('}', start);
            String name = end < 0 ? "" : replacement.substring(start + 1, end);
            if (!names.contains(name)) {
                throw invalid("refers to group '" + name + "', which the pattern does not name");
            }
            return end;
        }
        if (start >= replacement.length() || !Character.isDigit(replacement.charAt(start))) {
            throw invalid("has a '$' that is not a group reference; write \\$ for a dollar sign");
        }
        if (replacement.charAt(start) - '0' > groupCount) {
            throw invalid("refers to group " + replacement.charAt(start) + " but the pattern has " + groupCount);
        }
        return start;
    }

    private ConfigException invalid(String reason) {
        return new ConfigException(REPLACEMENT_CONFIG, replacement, reason);
    }
}
