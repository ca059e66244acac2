package io.flumeconnect.transforms.support;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;

/**
 * The longest text a transform hands to a regular expression ({@code max.input.chars}), declared once for the
 * regex transforms. The bundled patterns are linear, so the limit bounds the time a record may take, and a
 * custom pattern's worst case.
 */
public final class InputLimit {
    public static final String MAX_INPUT_CHARS_CONFIG = "max.input.chars";
    /** The tail source's longest line by default (line.max.bytes): its lines never reach the limit. */
    public static final int DEFAULT_MAX_INPUT_CHARS = 1_048_576;

    private final int maxChars;

    public InputLimit(AbstractConfig config) {
        maxChars = config.getInt(MAX_INPUT_CHARS_CONFIG);
    }

    /** Declares {@code max.input.chars} in {@code def}; {@code whenExceeded} says what the transform then does. */
    public static ConfigDef define(ConfigDef def, String group, int order, String whenExceeded) {
        return def.define(MAX_INPUT_CHARS_CONFIG, ConfigDef.Type.INT, DEFAULT_MAX_INPUT_CHARS,
                ConfigDef.Range.atLeast(1), ConfigDef.Importance.LOW,
                "The longest text (in characters) the regular expression is run on. " + whenExceeded,
                group, order, ConfigDef.Width.SHORT, "Max input characters");
    }

    /** {@code text} when within the limit; otherwise {@link IllegalArgumentException} saying by how much. */
    public String check(String text) {
        if (text.length() > maxChars) {
            throw new IllegalArgumentException("the text has " + text.length() + " characters, more than "
                    + MAX_INPUT_CHARS_CONFIG + "=" + maxChars);
        }
        return text;
    }
}
