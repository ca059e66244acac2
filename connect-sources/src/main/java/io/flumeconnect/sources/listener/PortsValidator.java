package io.flumeconnect.sources.listener;

import java.util.List;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** One or more distinct port numbers, 0 to 65535. */
final class PortsValidator implements ConfigDef.Validator {

    @Override
    public void ensureValid(String name, Object value) {
        @SuppressWarnings("unchecked")
        List<String> ports = (List<String>) value;
        if (ports == null || ports.isEmpty()) {
            throw new ConfigException(name, value, "at least one port is needed");
        }
        for (String port : ports) {
            int number;
            try {
                number = Integer.parseInt(port.trim());
            } catch (NumberFormatException e) {
                throw new ConfigException(name, value, "'" + port + "' is not a port number");
            }
            if (number < 0 || number > 65535) {
                throw new ConfigException(name, value, port + " is not between 0 and 65535");
            }
        }
        if (ports.stream().map(String::trim).distinct().count() < ports.size()) {
            throw new ConfigException(name, value, "a port is listed twice");
        }
    }

    @Override
    public String toString() {
        return "one or more distinct ports, 0-65535";
    }
}
