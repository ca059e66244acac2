package io.flumeconnect.launcher.migrate.mapping.sink;

/**
 * Flume's {@code hdfs.path}, escapes and all, split into the HDFS sink's fixed root ({@code hdfs.path}) and the
 * part with escapes ({@code path.template}): the root ends at the last {@code /} before the first {@code %}.
 */
record HdfsPath(String root, String template) {
    static HdfsPath split(String path) {
        String trimmed = path.trim().replaceAll("/+$", "");
        int escape = trimmed.indexOf('%');
        if (escape < 0) {
            return new HdfsPath(trimmed, "");
        }
        int slash = trimmed.lastIndexOf('/', escape);
        String root = trimmed.substring(0, slash);
        if (root.endsWith("/") || root.endsWith(":") || root.isEmpty()) {
            root = root + "/";
        }
        return new HdfsPath(root, trimmed.substring(slash + 1));
    }

    /** Whether the root is absolute, as the HDFS sink requires (Flume also took paths relative to the user's home). */
    boolean absolute() {
        return root.startsWith("/") || root.matches("[a-zA-Z][a-zA-Z0-9+.-]*://.*");
    }

    boolean hasTimeEscapes() {
        return template.replaceAll("%\\{[^}]*}|%\\[[^]]*]", "").contains("%");
    }
}
