package io.flumeconnect.transforms.parse;

import io.flumeconnect.transforms.support.Location;
import io.flumeconnect.transforms.support.LocationValidator;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.data.Schema;

/** The configuration of {@link ParseJson}. */
public final class ParseJsonConfig extends AbstractConfig {
    public static final String SOURCE_CONFIG = "source";
    public static final String TARGET_FIELD_CONFIG = "target.field";
    public static final String SCHEMA_FIELDS_CONFIG = "schema.fields";
    public static final String ON_FAILURE_CONFIG = ParseFailures.ON_FAILURE_CONFIG;
    public static final String ERROR_HEADER_CONFIG = ParseFailures.ERROR_HEADER_CONFIG;

    private static final String GROUP = "Parsing";

    public static final ConfigDef CONFIG_DEF = ParseFailures.define(new ConfigDef()
            .define(SOURCE_CONFIG, ConfigDef.Type.STRING, "value", new LocationValidator(), ConfigDef.Importance.HIGH,
                    "Where the JSON text is read: " + Location.SYNTAX + ".",
                    GROUP, 1, ConfigDef.Width.MEDIUM, "Source")
            .define(TARGET_FIELD_CONFIG, ConfigDef.Type.STRING, "", ConfigDef.Importance.MEDIUM,
                    "When the value is a Struct or Map, the top-level field that receives the parsed document; "
                            + "empty means the source field itself when the source is a field. Otherwise (and when "
                            + "the value is a String or bytes) the parsed document replaces the value.",
                    GROUP, 2, ConfigDef.Width.MEDIUM, "Target field")
            .define(SCHEMA_FIELDS_CONFIG, ConfigDef.Type.LIST, List.of(), new FieldTypes(), ConfigDef.Importance.MEDIUM,
                    "For records with a value schema: the schema of the parsed object as name:type pairs, e.g. "
                            + "level:string,status:int32,took:float64. Fields not listed are left out. Empty infers "
                            + "the schema from each document (objects become structs, integers int64, other "
                            + "numbers float64). Schemaless records always get a Map.",
                    GROUP, 3, ConfigDef.Width.LONG, "Schema fields"),
            GROUP, 4);

    public final Location source;
    public final String targetField;
    /** The configured schema, or {@code null} to infer one per document. */
    public final Schema schema;

    public ParseJsonConfig(Map<?, ?> props) {
        super(CONFIG_DEF, props);
        source = LocationValidator.parse(SOURCE_CONFIG, getString(SOURCE_CONFIG));
        String target = getString(TARGET_FIELD_CONFIG);
        targetField = target.isEmpty() && source.isField() ? source.name() : target;
        schema = FieldTypes.schema(SCHEMA_FIELDS_CONFIG, getList(SCHEMA_FIELDS_CONFIG));
    }
}
