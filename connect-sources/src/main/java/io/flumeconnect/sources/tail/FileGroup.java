package io.flumeconnect.sources.tail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;

/** A named set of globs with its topic and static headers (Flume TAILDIR's {@code filegroups}). */
public record FileGroup(String name, List<FileGlob> globs, String topic, Map<String, String> headers) {

    /**
     * The groups of a configuration: the implicit group {@code default} of {@code files}, plus one per name in
     * {@code filegroups}, read from the dynamic keys {@code filegroups.<g>}, {@code filegroups.<g>.topic} and
     * {@code headers.<g>.<name>}.
     */
    static List<FileGroup> parse(List<String> files, List<String> groupNames, Map<String, String> props,
                                 String defaultTopic) {
        List<FileGroup> groups = new ArrayList<>();
        if (!files.isEmpty()) {
            groups.add(group(TailSourceConfig.DEFAULT_GROUP, files, TailSourceConfig.FILES_CONFIG, props, defaultTopic));
        }
        for (String name : names(groupNames)) {
            String key = TailSourceConfig.FILEGROUP_PREFIX + name;
            String globs = props.get(key);
            if (globs == null || globs.isBlank()) {
                throw new ConfigException(key, globs, "file group '" + name + "' is listed in "
                        + TailSourceConfig.FILEGROUPS_CONFIG + " but has no globs");
            }
            groups.add(group(name, Arrays.stream(globs.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList(),
                    key, props, defaultTopic));
        }
        if (groups.isEmpty()) {
            throw new ConfigException(TailSourceConfig.FILES_CONFIG, "",
                    "set the files to follow in " + TailSourceConfig.FILES_CONFIG + " or " + TailSourceConfig.FILEGROUPS_CONFIG);
        }
        return List.copyOf(groups);
    }

    /** Group names from a list that may be space-separated, as in Flume ({@code filegroups = f1 f2}). */
    static List<String> names(List<String> listed) {
        List<String> names = new ArrayList<>();
        for (String item : listed) {
            for (String name : item.trim().split("\\s+")) {
                if (!name.isEmpty() && !names.contains(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static FileGroup group(String name, List<String> globs, String key, Map<String, String> props,
                                   String defaultTopic) {
        List<FileGlob> parsed = new ArrayList<>();
        for (String glob : globs) {
            parsed.add(FileGlob.of(key, glob));
        }
        String topic = props.getOrDefault(TailSourceConfig.FILEGROUP_PREFIX + name + ".topic", defaultTopic);
        String headerPrefix = TailSourceConfig.HEADERS_PREFIX + name + ".";
        Map<String, String> headers = new LinkedHashMap<>();
        props.keySet().stream().filter(k -> k.startsWith(headerPrefix) && k.length() > headerPrefix.length()).sorted()
                .forEach(k -> headers.put(k.substring(headerPrefix.length()), props.get(k)));
        return new FileGroup(name, List.copyOf(parsed), topic, Map.copyOf(headers));
    }

    boolean matches(java.nio.file.Path path) {
        return globs.stream().anyMatch(glob -> glob.matches(path));
    }
}
