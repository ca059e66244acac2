package io.flumeconnect.launcher.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Values the build wrote into {@code launcher.properties} from the parent pom: Kafka and logging versions. */
public final class BuildProperties {
    private static final String RESOURCE = "/io/flumeconnect/launcher/launcher.properties";
    private static final Properties VALUES = load();

    private BuildProperties() {
    }

    /** E.g. {@code kafka.version}; fails naming the key when the build did not write it. */
    public static String get(String key) {
        String value = VALUES.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(key + " is missing from " + RESOURCE);
        }
        return value;
    }

    private static Properties load() {
        try (InputStream in = BuildProperties.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the launcher's class path");
            }
            Properties props = new Properties();
            props.load(in);
            return props;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
