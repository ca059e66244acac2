package io.flumeconnect.common.config;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** A Java regular expression; {@link #compile} turns a validated value into its {@link Pattern} once. */
public final class RegexValidator implements ConfigDef.Validator {
    @Override
    public void ensureValid(String name, Object value) {
        if (value != null) {
            compile(name, value.toString());
        }
    }

    /** Compiles {@code regex}, or fails with an error that names the key, the value and the syntax error. */
    public static Pattern compile(String name, String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new ConfigException(name, regex, "not a valid Java regular expression: " + e.getDescription()
                    + " near index " + e.getIndex());
        }
    }

    @Override
    public String toString() {
        return "a Java regular expression (java.util.regex.Pattern)";
    }
}
