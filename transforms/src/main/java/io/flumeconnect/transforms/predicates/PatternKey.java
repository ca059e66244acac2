package io.flumeconnect.transforms.predicates;

import io.flumeconnect.common.config.RegexValidator;
import io.flumeconnect.transforms.support.InputLimit;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;

/** The {@code pattern} key every matching predicate has. */
final class PatternKey {
    static final String PATTERN_CONFIG = "pattern";
    private static final String PATTERN_DOC = "Java regular expression searched for in the text (found anywhere; "
            + "anchor it with ^ and $ to match the whole text). An absent text never matches.";

    private PatternKey() {
    }

    /** Declares {@code pattern} and {@code max.input.chars} at {@code order} and after. */
    static ConfigDef define(ConfigDef def, String group, int order) {
        return InputLimit.define(def.define(PATTERN_CONFIG, ConfigDef.Type.STRING, ConfigDef.NO_DEFAULT_VALUE,
                ConfigDef.CompositeValidator.of(new ConfigDef.NonEmptyString(), new RegexValidator()),
                ConfigDef.Importance.HIGH, PATTERN_DOC, group, order, ConfigDef.Width.LONG, "Pattern"),
                group, order + 1, "A longer text makes the predicate fail on the record: the connector's "
                        + "errors.tolerance and dead letter queue decide.");
    }

    static Pattern compile(AbstractConfig config) {
        return RegexValidator.compile(PATTERN_CONFIG, config.getString(PATTERN_CONFIG));
    }
}
