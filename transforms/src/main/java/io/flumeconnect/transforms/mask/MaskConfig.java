package io.flumeconnect.transforms.mask;

import io.flumeconnect.common.config.EnumValues;
import io.flumeconnect.common.config.RegexValidator;
import io.flumeconnect.transforms.support.InputLimit;
import io.flumeconnect.transforms.support.Location;
import io.flumeconnect.transforms.support.LocationValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** The configuration of {@link Mask}. */
public final class MaskConfig extends AbstractConfig {
    public static final String PRESETS_CONFIG = "presets";
    public static final String PATTERN_CONFIG = "pattern";
    public static final String TARGETS_CONFIG = "targets";
    public static final String MODE_CONFIG = "mode";
    public static final String REPLACEMENT_CONFIG = "replacement";
    public static final String HASH_SALT_CONFIG = "hash.salt";

    private static final String WHAT = "What to mask";
    private static final String HOW = "How to mask";
    private static final String[] PRESET_NAMES = EnumValues.of(MaskPreset.class);

    public static final ConfigDef CONFIG_DEF = InputLimit.define(new ConfigDef()
            .define(PRESETS_CONFIG, ConfigDef.Type.LIST, List.of(),
                    ConfigDef.ValidList.in(PRESET_NAMES), ConfigDef.Importance.HIGH,
                    "Built-in detectors: email; ipv4; ipv6 (well-formed addresses only, so times like 12:30:45 "
                            + "are left alone); card (13 to 19 digits, spaces or dashes between them, that pass the "
                            + "Luhn check); bearer (the token after 'Bearer ', the word itself is kept). At least "
                            + "one preset or a pattern is required.",
                    WHAT, 1, ConfigDef.Width.LONG, "Presets")
            .define(PATTERN_CONFIG, ConfigDef.Type.STRING, "", new RegexValidator(), ConfigDef.Importance.HIGH,
                    "A custom Java regex, compiled once, masked after the presets. When it has a named group "
                            + "called mask, only that group is masked (see docs/transforms.md for an example).",
                    WHAT, 2, ConfigDef.Width.LONG, "Custom pattern")
            .define(TARGETS_CONFIG, ConfigDef.Type.LIST, List.of("value"), new LocationValidator(),
                    ConfigDef.Importance.HIGH,
                    "Where to look, one or more of " + Location.SYNTAX + ". 'value' on a Struct or Map value "
                            + "means every string in it, nested structs, maps and arrays included.",
                    WHAT, 3, ConfigDef.Width.LONG, "Targets")
            .define(MODE_CONFIG, ConfigDef.Type.STRING, "replace",
                    ConfigDef.CaseInsensitiveValidString.in("replace", "hash"), ConfigDef.Importance.HIGH,
                    "'replace' puts the replacement text in place of each match; 'hash' puts the hex SHA-256 of "
                            + "hash.salt followed by the match, so equal values stay joinable without being "
                            + "readable.",
                    HOW, 1, ConfigDef.Width.SHORT, "Mode")
            .define(REPLACEMENT_CONFIG, ConfigDef.Type.STRING, "****", ConfigDef.Importance.MEDIUM,
                    "The text that replaces each match when mode=replace.",
                    HOW, 2, ConfigDef.Width.SHORT, "Replacement")
            .define(HASH_SALT_CONFIG, ConfigDef.Type.PASSWORD, "", ConfigDef.Importance.HIGH,
                    "The secret salt for mode=hash (required then): without it, hashes of e-mail addresses or "
                            + "card numbers can be reversed by hashing candidates. Hidden in logs, but GET "
                            + "/connectors/NAME/config returns it as posted: give it through a config provider, "
                            + "e.g. ${file:/etc/kafka/secrets/mask.properties:salt} (see docs/transforms.md).",
                    HOW, 3, ConfigDef.Width.MEDIUM, "Hash salt"),
            WHAT, 4, "A longer text (each string of a Struct or Map value counts alone) fails the record: the "
                    + "connector's errors.tolerance and dead letter queue decide, and the dead letter queue receives "
                    + "the record unmasked.");

    public final List<Detector> detectors;
    public final List<Location> targets;
    public final UnaryOperator<String> replacement;

    public MaskConfig(Map<?, ?> props) {
        super(CONFIG_DEF, props);
        detectors = detectors();
        targets = LocationValidator.parseAll(TARGETS_CONFIG, getList(TARGETS_CONFIG));
        replacement = replacement();
    }

    private List<Detector> detectors() {
        List<Detector> found = new ArrayList<>();
        getList(PRESETS_CONFIG).forEach(name -> found.add(EnumValues.parse(MaskPreset.class, name).detector()));
        String pattern = getString(PATTERN_CONFIG);
        if (!pattern.isEmpty()) {
            found.add(Detector.of(RegexValidator.compile(PATTERN_CONFIG, pattern)));
        }
        if (found.isEmpty()) {
            throw new ConfigException(PRESETS_CONFIG, getList(PRESETS_CONFIG),
                    "nothing to mask: set presets (" + String.join(", ", PRESET_NAMES) + ") or " + PATTERN_CONFIG);
        }
        return List.copyOf(found);
    }

    private UnaryOperator<String> replacement() {
        if (getString(MODE_CONFIG).equalsIgnoreCase("replace")) {
            return Replacement.fixed(getString(REPLACEMENT_CONFIG));
        }
        String salt = getPassword(HASH_SALT_CONFIG).value();
        if (salt.isEmpty()) {
            throw new ConfigException(HASH_SALT_CONFIG, "[hidden]", "a salt is required when " + MODE_CONFIG + "=hash");
        }
        return Replacement.saltedSha256(salt);
    }
}
