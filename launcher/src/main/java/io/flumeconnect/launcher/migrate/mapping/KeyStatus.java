package io.flumeconnect.launcher.migrate.mapping;

/** What became of a Flume key (or a whole component) in the migration. */
public enum KeyStatus {
    /** Carried over with the same meaning. */
    MAPPED("mapped"),
    /** Carried over or replaced, with a difference the report states. */
    CHANGED("changed"),
    /** Nothing here does it; the report says why and what to use instead. */
    UNSUPPORTED("unsupported");

    private final String label;

    KeyStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the migration is incomplete because of it (the exit status says so unless told to continue). */
    public boolean unmapped() {
        return this == UNSUPPORTED;
    }
}
