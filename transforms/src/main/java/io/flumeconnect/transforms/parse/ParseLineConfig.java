package io.flumeconnect.transforms.parse;

import io.flumeconnect.transforms.support.InputLimit;
import io.flumeconnect.transforms.support.Location;
import io.flumeconnect.transforms.support.LocationValidator;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** The configuration of {@link ParseLine}. */
public final class ParseLineConfig extends AbstractConfig {
    public static final String PATTERN_CONFIG = "pattern";
    public static final String SOURCE_CONFIG = "source";
    public static final String ORIGINAL_FIELD_CONFIG = "original.field";
    public static final String ON_FAILURE_CONFIG = ParseFailures.ON_FAILURE_CONFIG;
    public static final String ERROR_HEADER_CONFIG = ParseFailures.ERROR_HEADER_CONFIG;

    private static final String GROUP = "Parsing";

    public static final ConfigDef CONFIG_DEF = InputLimit.define(ParseFailures.define(new ConfigDef()
            .define(PATTERN_CONFIG, ConfigDef.Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new GrokValidator(),
                    ConfigDef.Importance.HIGH,
                    "The grok expression that splits a line into fields, compiled once. %{NAME} uses a bundled "
                            + "pattern, %{NAME:field} captures it as a field, %{NAME:field:type} also converts it "
                            + "(int, long, float, double, boolean; default string). A plain Java regex with named "
                            + "groups is a valid expression too. Whole-line patterns bundled: "
                            + "SYSLOGLINE (RFC 3164), SYSLOG5424LINE (RFC 5424), COMMONAPACHELOG, COMBINEDAPACHELOG, "
                            + "NGINXACCESS; building blocks include TIMESTAMP_ISO8601, HTTPDATE, IP, IPV4, IPV6, "
                            + "HOSTNAME, NUMBER, INT, WORD, NOTSPACE, DATA, GREEDYDATA, LOGLEVEL, UUID, URI.",
                    GROUP, 1, ConfigDef.Width.LONG, "Pattern")
            .define(SOURCE_CONFIG, ConfigDef.Type.STRING, "value", new LocationValidator(), ConfigDef.Importance.MEDIUM,
                    "Where the line is read: " + Location.SYNTAX + ". When the value is a Struct or Map (the line "
                            + "came from one of its fields or a header) the captured fields are added to it; "
                            + "otherwise the value is replaced by a Struct (records with a value schema) or a Map "
                            + "(schemaless records) of the captured fields.",
                    GROUP, 2, ConfigDef.Width.MEDIUM, "Source")
            .define(ORIGINAL_FIELD_CONFIG, ConfigDef.Type.STRING, "", ConfigDef.Importance.LOW,
                    "When the value is replaced, also keep the whole line in a field of this name; empty keeps "
                            + "only the captured fields.",
                    GROUP, 3, ConfigDef.Width.MEDIUM, "Original line field"),
            GROUP, 4), GROUP, 6, "A longer line is not parsed: on.failure decides, as for a line that does not match.");

    public final GrokPattern pattern;
    public final Location source;
    public final String originalField;

    public ParseLineConfig(Map<?, ?> props) {
        super(CONFIG_DEF, props);
        pattern = GrokValidator.compile(PATTERN_CONFIG, getString(PATTERN_CONFIG));
        source = LocationValidator.parse(SOURCE_CONFIG, getString(SOURCE_CONFIG));
        originalField = getString(ORIGINAL_FIELD_CONFIG);
        if (pattern.fieldNames().contains(originalField)) {
            throw new ConfigException(ORIGINAL_FIELD_CONFIG, originalField, "the pattern captures a field of that "
                    + "name too; choose another name for the whole line");
        }
    }
}
