package io.flumeconnect.common.config;

import java.nio.charset.Charset;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** Accepts a charset this JVM supports in which {@code \n} is the single byte 0x0A. */
public final class CharsetValidator implements ConfigDef.Validator {
    @Override
    public void ensureValid(String name, Object value) {
        Charset charset;
        try {
            charset = Charset.forName((String) value);
        } catch (RuntimeException e) {
            throw new ConfigException(name, value, "not a charset this JVM supports");
        }
        byte[] newline = "\n".getBytes(charset);
        if (newline.length != 1 || newline[0] != '\n') {
            throw new ConfigException(name, value, "lines are split on the byte 0x0A; this charset encodes "
                    + "a newline differently (use an ASCII-compatible charset such as UTF-8 or ISO-8859-1)");
        }
    }

    @Override
    public String toString() {
        return "an ASCII-compatible charset, e.g. UTF-8, ISO-8859-1, windows-1252";
    }
}
