package io.flumeconnect.sources.http;

import io.flumeconnect.sources.http.format.RequestFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * Where a request's events go: the configured {@code paths} write to the fixed topic (each in its format, if it
 * has one), {@code <prefix><topic>} to a topic of the allow-list.
 */
public final class Routes {
    /** Accepts a path starting with {@code /}. */
    static final ConfigDef.Validator PATH_VALIDATOR = new PathValidator(false);
    /** Accepts a path starting and ending with {@code /}. */
    static final ConfigDef.Validator PREFIX_VALIDATOR = new PathValidator(true);

    /** @param format the format the path forces, or null to go by the request's Content-Type */
    public record Route(String topic, RequestFormat format) {
    }

    private final Map<String, Optional<RequestFormat>> paths;
    private final String topic;
    private final Set<String> topicsAllowed;
    private final String topicsPrefix;

    Routes(List<String> paths, String topic, List<String> topicsAllowed, String topicsPrefix) {
        this.paths = parse(paths);
        this.topic = topic;
        this.topicsAllowed = Set.copyOf(topicsAllowed);
        this.topicsPrefix = topicsPrefix;
    }

    /**
     * @param path the request's path, without its query
     * @throws RequestException 404 for a path not served, 403 for a topic not in the allow-list
     */
    public Route route(String path) throws RequestException {
        Optional<RequestFormat> format = paths.get(path);
        if (format != null && !topic.isEmpty()) {
            return new Route(topic, format.orElse(null));
        }
        if (!topicsAllowed.isEmpty() && path.startsWith(topicsPrefix)) {
            String named = path.substring(topicsPrefix.length());
            if (!topicsAllowed.contains(named)) {
                throw new RequestException(403, "topic '" + named + "' is not in topics.allowed");
            }
            return new Route(named, null);
        }
        throw new RequestException(404, "no events are taken at " + path);
    }

    /** True when {@code path} is one of the configured paths or under the topics prefix. */
    public boolean serves(String path) {
        return paths.containsKey(path) || (!topicsAllowed.isEmpty() && path.startsWith(topicsPrefix));
    }

    /** Cross-key problems: no topic at all, a configured path that the topic prefix would shadow. */
    List<String> problems() {
        if (topic.isEmpty() && topicsAllowed.isEmpty()) {
            return List.of("set topic, or topics.allowed for requests that name their topic");
        }
        if (!topicsAllowed.isEmpty() && paths.keySet().stream().anyMatch(path -> path.startsWith(topicsPrefix))) {
            return List.of("a path in paths starts with topics.path.prefix '" + topicsPrefix + "'");
        }
        return List.of();
    }

    private static Map<String, Optional<RequestFormat>> parse(List<String> entries) {
        Map<String, Optional<RequestFormat>> paths = new LinkedHashMap<>();
        for (String entry : entries) {
            String[] parts = entry.trim().split("=", 2);
            paths.put(parts[0].trim(), parts.length == 2 ? Optional.of(RequestFormat.of(parts[1])) : Optional.empty());
        }
        return paths;
    }

    /** {@code path} or {@code path=format}, each path once. */
    static final class PathsValidator implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            @SuppressWarnings("unchecked")
            List<String> entries = (List<String>) value;
            if (entries.isEmpty()) {
                throw new ConfigException(name, value, "at least one path is needed");
            }
            for (String entry : entries) {
                String[] parts = entry.trim().split("=", 2);
                PATH_VALIDATOR.ensureValid(name, parts[0].trim());
                if (parts.length == 2) {
                    try {
                        RequestFormat.of(parts[1]);
                    } catch (IllegalArgumentException e) {
                        throw new ConfigException(name, value, "'" + parts[1] + "' is not a format (flume, json, "
                                + "ndjson, text, raw)");
                    }
                }
            }
            if (parse(entries).size() < entries.size()) {
                throw new ConfigException(name, value, "a path is listed twice");
            }
        }

        @Override
        public String toString() {
            return "paths starting with /, each optionally =flume, =json, =ndjson, =text or =raw";
        }
    }

    private record PathValidator(boolean prefix) implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            String path = (String) value;
            if (!path.startsWith("/") || path.contains("?") || path.contains("#") || path.contains(" ")) {
                throw new ConfigException(name, value, "a path starts with / and has no query, fragment or space");
            }
            if (prefix && !path.endsWith("/")) {
                throw new ConfigException(name, value, "a prefix ends with /");
            }
        }

        @Override
        public String toString() {
            return prefix ? "a path starting and ending with /" : "a path starting with /";
        }
    }
}
