package io.flumeconnect.launcher.migrate.model;

/** Something wrong in a flume.conf, as Flume would report it, with the line it is on (0: the file as a whole). */
public record Problem(Severity severity, int line, String message) {
    public enum Severity { ERROR, WARNING }

    public static Problem error(int line, String message) {
        return new Problem(Severity.ERROR, line, message);
    }

    public static Problem warning(int line, String message) {
        return new Problem(Severity.WARNING, line, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code flume.conf:12: message}, as compilers print it. */
    public String format(String fileName) {
        return fileName + (line > 0 ? ":" + line : "") + ": " + (isError() ? "" : "warning: ") + message;
    }
}
