package io.flumeconnect.transforms.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The names of a regex's named groups, {@code (?<name>...)}, in the order they appear. */
public final class NamedGroups {
    private static final Pattern GROUP = Pattern.compile("(?<!\\\\)\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    private NamedGroups() {
    }

    /** Java 17's {@link Pattern} does not list its groups, so they are read from the regex itself. */
    public static List<String> of(Pattern pattern) {
        List<String> names = new ArrayList<>();
        Matcher matcher = GROUP.matcher(pattern.pattern());
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return List.copyOf(names);
    }
}
