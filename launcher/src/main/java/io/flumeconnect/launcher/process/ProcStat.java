package io.flumeconnect.launcher.process;

/**
 * A line of Linux's {@code /proc/PID/stat} or {@code /proc/PID/task/TID/stat}: {@code pid (name) state ...}. The name
 * may hold spaces and parentheses, so it ends at the last {@code ')'}.
 */
final class ProcStat {
    private ProcStat() {
    }

    /** The command's name between the first {@code '('} and the last {@code ')'}; empty when there is none. */
    static String name(String line) {
        int open = line.indexOf('(');
        int close = line.lastIndexOf(')');
        return open < 0 || close < open ? "" : line.substring(open + 1, close);
    }

    /** The fields after the name, from the state (field 3 of proc(5)) on; none when the line holds no name. */
    static String[] fieldsAfterName(String line) {
        int close = line.lastIndexOf(')');
        String rest = close < 0 ? "" : line.substring(close + 1).trim();
        return rest.isEmpty() ? new String[0] : rest.split(" +");
    }
}
