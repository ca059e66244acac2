package io.flumeconnect.transforms.parse;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** A grok expression over the bundled patterns; {@link #compile} turns a validated value into its pattern. */
final class GrokValidator implements ConfigDef.Validator {
    @Override
    public void ensureValid(String name, Object value) {
        if (value != null) {
            compile(name, value.toString());
        }
    }

    static GrokPattern compile(String name, String expression) {
        try {
            return GrokPattern.compile(expression, GrokLibrary.bundled());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(name, expression, e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "a grok expression (%{PATTERN:field[:type]}, e.g. %{COMBINEDAPACHELOG}) or a Java regex with named groups";
    }
}
