package io.flumeconnect.launcher.migrate.conf;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the text of a properties file by {@link java.util.Properties#load}'s rules (comments with {@code #} or
 * {@code !}, continuation lines ending in a backslash, {@code =}, {@code :} or white space between key and value,
 * escapes), keeping the line each entry starts on, which {@code Properties} forgets. Keys and values are trimmed
 * as Flume trims them.
 */
public final class PropertiesReader {
    private PropertiesReader() {
    }

    /** Every entry in file order; a key written twice appears twice (the last one wins, as in Flume). */
    public static List<PropertyLine> read(String text) {
        List<PropertyLine> entries = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String first = stripLeading(lines[i]);
            if (first.isEmpty() || first.charAt(0) == '#' || first.charAt(0) == '!') {
                continue;
            }
            int start = i;
            StringBuilder logical = new StringBuilder(first);
            while (endsWithContinuation(logical) && i + 1 < lines.length) {
                logical.setLength(logical.length() - 1);
                logical.append(stripLeading(lines[++i]));
            }
            if (endsWithContinuation(logical)) {
                logical.setLength(logical.length() - 1);
            }
            entries.add(entry(logical.toString(), start + 1));
        }
        return entries;
    }

    private static PropertyLine entry(String logical, int line) {
        int keyEnd = 0;
        while (keyEnd < logical.length() && !isKeyTerminator(logical.charAt(keyEnd))) {
            keyEnd += logical.charAt(keyEnd) == '\\' ? 2 : 1;
        }
        keyEnd = Math.min(keyEnd, logical.length());
        int valueStart = keyEnd;
        while (valueStart < logical.length() && isBlank(logical.charAt(valueStart))) {
            valueStart++;
        }
        if (valueStart < logical.length() && (logical.charAt(valueStart) == '=' || logical.charAt(valueStart) == ':')) {
            valueStart++;
        }
        String key = unescape(logical.substring(0, keyEnd)).trim();
        String value = unescape(logical.substring(valueStart)).trim();
        return new PropertyLine(key, value, value, line);
    }

    private static boolean isKeyTerminator(char c) {
        return c == '=' || c == ':' || isBlank(c);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    private static String stripLeading(String line) {
        int i = 0;
        while (i < line.length() && isBlank(line.charAt(i))) {
            i++;
        }
        return line.substring(i);
    }

    /** An odd number of trailing backslashes continues the line; an even number is escaped backslashes. */
    private static boolean endsWithContinuation(CharSequence text) {
        int backslashes = 0;
        for (int i = text.length() - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append(unicode(text, i + 1));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    private static char unicode(String text, int from) {
        if (from + 4 > text.length()) {
            throw new IllegalArgumentException("malformed \\uxxxx escape in: " + text);
        }
        return (char) Integer.parseInt(text.substring(from, from + 4), 16);
    }
}
