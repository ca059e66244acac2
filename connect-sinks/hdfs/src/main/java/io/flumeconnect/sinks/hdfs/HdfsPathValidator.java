package io.flumeconnect.sinks.hdfs;

import java.net.URI;
import java.net.URISyntaxException;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** An absolute path or a URI with a scheme, without Flume escapes (those belong in path.template). */
final class HdfsPathValidator implements ConfigDef.Validator {
    @Override
    public void ensureValid(String name, Object value) {
        String text = value == null ? "" : ((String) value).trim();
        if (text.isEmpty()) {
            throw new ConfigException(name, value, "the root directory is required");
        }
        if (text.contains("%")) {
            throw new ConfigException(name, value, "escapes such as %Y go in path.template; hdfs.path is the fixed root");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new ConfigException(name, value, "not a URI: " + e.getMessage());
        }
        if (uri.getPath() == null || !uri.getPath().startsWith("/")) {
            throw new ConfigException(name, value, "must be absolute: hdfs://namenode:8020/dir or /dir");
        }
        for (String segment : uri.getPath().split("/")) {
            if (segment.equals("..")) {
                throw new ConfigException(name, value, "must not hold '..'");
            }
        }
    }

    @Override
    public String toString() {
        return "an absolute URI or path: hdfs://namenode:8020/flume/events, /flume/events";
    }
}
