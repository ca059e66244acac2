package io.flumeconnect.launcher.migrate.mapping.interceptor;

import java.util.ArrayList;
import java.util.List;

/**
 * Names the capturing groups of a regex in order, turning {@code (..)} into {@code (?<name>..)}: Flume's
 * {@code regex_extractor} gives the n-th group to its n-th serializer, the RegexExtractor transform takes named
 * groups. Escapes and character classes are skipped; groups beyond the names given stay as they are.
 */
final class CapturingGroups {
    private CapturingGroups() {
    }

    static String name(String regex, List<String> names) {
        List<Integer> groups = capturingGroupStarts(regex);
        StringBuilder named = new StringBuilder(regex);
        for (int i = Math.min(groups.size(), names.size()) - 1; i >= 0; i--) {
            named.insert(groups.get(i) + 1, "?<" + names.get(i) + ">");
        }
        return named.toString();
    }

    private static List<Integer> capturingGroupStarts(String regex) {
        List<Integer> starts = new ArrayList<>();
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(' && regex.startsWith("(?<", i) && !regex.startsWith("(?<=", i)
                    && !regex.startsWith("(?<!", i)) {
                throw new IllegalArgumentException("the regex already has a named group at position " + i);
            } else if (c == '(' && !regex.startsWith("(?", i)) {
                starts.add(i);
            }
        }
        return starts;
    }
}
