package io.flumeconnect.launcher.migrate.mapping.source;

/**
 * Turns the regular expression Flume's TAILDIR and spooldir sources match file names with into the tail source's
 * glob, where one says the same: {@code .*} is {@code *}, {@code .} is {@code ?}, {@code \.} a dot, a character
 * class stays one. Alternation, groups and other quantifiers have no glob; they are refused with the reason.
 */
public final class FileNameRegex {
    private FileNameRegex() {
    }

    /** The glob for a whole-name regex; {@link IllegalArgumentException} names what has none. */
    public static String toGlob(String regex) {
        String body = regex.startsWith("^") ? regex.substring(1) : regex;
        body = body.endsWith("$") && !body.endsWith("\\$") ? body.substring(0, body.length() - 1) : body;
        StringBuilder glob = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            char next = i + 1 < body.length() ? body.charAt(i + 1) : 0;
            if (c == '.' && next == '*') {
                glob.append('*');
                i++;
            } else if (c == '.' && next == '+') {
                glob.append("?*");
                i++;
            } else if (c == '.') {
                glob.append('?');
            } else if (c == '\\' && next != 0 && !Character.isLetterOrDigit(next)) {
                glob.append(next);
                i++;
            } else if (c == '[') {
                i = characterClass(body, i, glob);
            } else if (Character.isLetterOrDigit(c) || "-_,=@~% ".indexOf(c) >= 0) {
                glob.append(c);
            } else {
                throw new IllegalArgumentException("'" + c + "' at position " + i + " of " + regex
                        + " has no equivalent in a glob; write the glob (*, ?, [..], {a,b}) instead");
            }
            if (i + 1 < body.length() && "*+?{".indexOf(body.charAt(i + 1)) >= 0) {
                throw new IllegalArgumentException("the quantifier after position " + i + " of " + regex
                        + " has no equivalent in a glob; write the glob (*, ?, [..], {a,b}) instead");
            }
        }
        return glob.toString();
    }

    private static int characterClass(String body, int start, StringBuilder glob) {
        int end = body.indexOf(']', start + 2);
        if (end < 0) {
            throw new IllegalArgumentException("unclosed [ in " + body);
        }
        String inner = body.substring(start + 1, end);
        if (inner.contains("\\") || inner.contains("[")) {
            throw new IllegalArgumentException("the character class " + body.substring(start, end + 1)
                    + " has escapes or nesting a glob does not take");
        }
        glob.append('[').append(inner.startsWith("^") ? "!" + inner.substring(1) : inner).append(']');
        return end;
    }
}
