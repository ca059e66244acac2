package io.flumeconnect.transforms.sampling;

import io.flumeconnect.transforms.support.Location;
import io.flumeconnect.transforms.support.LocationValidator;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;

/** The configuration of {@link Sample}. */
public final class SampleConfig extends AbstractConfig {
    public static final String FRACTION_CONFIG = "fraction";
    public static final String MODE_CONFIG = "mode";
    public static final String HASH_SOURCE_CONFIG = "hash.source";

    public static final String MODE_RANDOM = "random";
    public static final String MODE_HASH = "hash";

    private static final String GROUP = "Sampling";

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(FRACTION_CONFIG, ConfigDef.Type.DOUBLE, ConfigDef.NO_DEFAULT_VALUE, ConfigDef.Range.between(0.0, 1.0),
                    ConfigDef.Importance.HIGH, "Share of the records to keep: 0 keeps none, 1 keeps all.",
                    GROUP, 1, ConfigDef.Width.SHORT, "Fraction kept")
            .define(MODE_CONFIG, ConfigDef.Type.STRING, MODE_RANDOM,
                    ConfigDef.CaseInsensitiveValidString.in(MODE_RANDOM, MODE_HASH), ConfigDef.Importance.HIGH,
                    "`random`: each record is kept with probability `fraction`. `hash`: a record is kept when the "
                            + "murmur2 hash of the text at `hash.source` falls in the kept fraction, so the same "
                            + "key (session, host, user...) is always kept or always dropped, on every task and "
                            + "after restarts. A record without that text is decided by the hash of its value "
                            + "(its text, as the value location reads it), so that sampling stays deterministic "
                            + "when the key is null, as it is for the tail source's records.",
                    GROUP, 2, ConfigDef.Width.SHORT, "Mode")
            .define(HASH_SOURCE_CONFIG, ConfigDef.Type.STRING, "key", new LocationValidator(), ConfigDef.Importance.MEDIUM,
                    "What `mode=hash` hashes: the key (default), the value, a field or a header; the value "
                            + "when that is absent.",
                    GROUP, 3, ConfigDef.Width.MEDIUM, "Hash source");

    public final double fraction;
    public final boolean byHash;
    public final Location hashSource;

    public SampleConfig(Map<?, ?> props) {
        super(CONFIG_DEF, props);
        fraction = getDouble(FRACTION_CONFIG);
        byHash = getString(MODE_CONFIG).equalsIgnoreCase(MODE_HASH);
        hashSource = LocationValidator.parse(HASH_SOURCE_CONFIG, getString(HASH_SOURCE_CONFIG));
    }
}
