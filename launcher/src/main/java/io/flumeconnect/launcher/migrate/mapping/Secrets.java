package io.flumeconnect.launcher.migrate.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Keeps secrets out of the connector JSON and the report: a connector value whose key names a secret (Connect's
 * {@code PASSWORD} keys of these plugins, and anything called a password, secret, token, credential or JAAS
 * config) is moved to a properties file and replaced by a reference to it through Kafka's
 * {@code FileConfigProvider}, {@code ${file:<file>:<connector>.<key>}}, which the worker resolves.
 */
public final class Secrets {
    private static final Pattern SECRET = Pattern.compile("(?i).*(password|passwd|secret|token|credential"
            + "|jaas\\.config|auth\\.basic\\.users|(^|[._-])api[._-]?key$).*");

    private Secrets() {
    }

    /** True when a key, of a connector or of a flume.conf, holds a secret by its name. */
    public static boolean isSecret(String key) {
        return SECRET.matcher(key).matches();
    }

    /** The connectors with every secret replaced by a reference to {@code file}, and the secrets by reference key. */
    public record Extracted(List<ConnectorDef> connectors, Map<String, String> secrets) {
    }

    static Extracted extract(List<ConnectorDef> connectors, String file) {
        List<ConnectorDef> referring = new ArrayList<>();
        Map<String, String> secrets = new LinkedHashMap<>();
        for (ConnectorDef connector : connectors) {
            Map<String, String> config = new LinkedHashMap<>();
            connector.config().forEach((key, value) -> {
                if (isSecret(key) && !value.isEmpty() && !value.startsWith("${")) {
                    String name = connector.name() + "." + key;
                    secrets.put(name, value);
                    config.put(key, "${file:" + file + ":" + name + "}");
                } else {
                    config.put(key, value);
                }
            });
            referring.add(new ConnectorDef(connector.name(), config));
        }
        return new Extracted(List.copyOf(referring), Map.copyOf(secrets));
    }
}
