package io.flumeconnect.launcher.migrate.mapping.source;

import io.flumeconnect.launcher.migrate.mapping.KeyLedger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The keys every listening source shares (address and ports), as Flume's network sources fill them. */
final class ListenerConnector {
    private ListenerConnector() {
    }

    static Map<String, String> config(String connectorClass) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("connector.class", connectorClass);
        config.put("tasks.max", "1");
        return config;
    }

    /** Flume's {@code bind} or {@code host}: the address to listen on (both default to every address). */
    static void address(KeyLedger keys, Map<String, String> config, String flumeKey) {
        keys.settings().get(flumeKey).ifPresent(address -> {
            config.put("bind.address", address.trim());
            keys.mapped(flumeKey, "bind.address");
        });
    }

    /** Flume's {@code port}, or {@code ports} separated by blanks: {@code ports}, separated by commas. */
    static void ports(KeyLedger keys, Map<String, String> config, String flumeKey) {
        keys.settings().get(flumeKey).ifPresent(ports -> {
            String list = Arrays.stream(ports.trim().split("[\\s,]+")).collect(Collectors.joining(","));
            config.put("ports", list);
            keys.mapped(flumeKey, "ports=" + list);
        });
    }
}
