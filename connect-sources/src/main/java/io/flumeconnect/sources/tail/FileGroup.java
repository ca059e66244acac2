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
     * {@code headers.<g>.<name>}. Throws the first problem {@link #problems} finds.
     */
    static List<FileGroup> parse(List<String> files, List<String> groupNames, Map<String, String> props,
                                 String defaultTopic) {
        List<Problem> problems = new ArrayList<>();
        List<FileGroup> groups = parse(files, groupNames, props, defaultTopic, problems);
        if (!problems.isEmpty()) {
            throw problems.get(0).error();
        }
        return groups;
    }

    /** Every problem of the file settings, each on the key the user set ({@code files} or {@code filegroups}). */
    static List<Problem> problems(List<String> files, List<String> groupNames, Map<String, String> props) {
        List<Problem> problems = new ArrayList<>();
        parse(files, groupNames, props, "", problems);
        return problems;
    }

    /**
     * A problem with a file setting, and the key of the connector's definition to report it on: {@code files}, or
     * {@code filegroups} for the dynamic {@code filegroups.<g>} keys, which the error names.
     */
    record Problem(String key, ConfigException error) {
    }

    private static List<FileGroup> parse(List<String> files, List<String> groupNames, Map<String, String> props,
                                         String defaultTopic, List<Problem> problems) {
        List<FileGroup> groups = new ArrayList<>();
        if (!files.isEmpty()) {
            groups.add(group(TailSourceConfig.DEFAULT_GROUP, files, TailSourceConfig.FILES_CONFIG,
                    TailSourceConfig.FILES_CONFIG, props, defaultTopic, problems));
        }
        List<String> names = names(groupNames);
        for (String name : names) {
            String key = TailSourceConfig.FILEGROUP_PREFIX + name;
            String globs = props.get(key);
            if (globs == null || globs.isBlank()) {
                problems.add(new Problem(TailSourceConfig.FILEGROUPS_CONFIG, new ConfigException(key, globs,
                        "file group '" + name + "' is listed in " + TailSourceConfig.FILEGROUPS_CONFIG + " but has no globs")));
                continue;
            }
            groups.add(group(name, Arrays.stream(globs.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList(),
                    key, TailSourceConfig.FILEGROUPS_CONFIG, props, defaultTopic, problems));
        }
        if (files.isEmpty() && names.isEmpty()) {
            String message = "set the files to follow in " + TailSourceConfig.FILES_CONFIG + " or "
                    + TailSourceConfig.FILEGROUPS_CONFIG;
            problems.add(new Problem(TailSourceConfig.FILES_CONFIG, new ConfigException(TailSourceConfig.FILES_CONFIG, "", message)));
            problems.add(new Problem(TailSourceConfig.FILEGROUPS_CONFIG, new ConfigException(TailSourceConfig.FILEGROUPS_CONFIG, "", message)));
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

    private static FileGroup group(String name, List<String> globs, String setting, String reportKey,
                                   Map<String, String> props, String defaultTopic, List<Problem> problems) {
        List<FileGlob> parsed = new ArrayList<>();
        for (String glob : globs) {
            try {
                parsed.add(FileGlob.of(setting, glob));
            } catch (ConfigException e) {
                problems.add(new Problem(reportKey, e));
            }
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
