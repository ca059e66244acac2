package io.flumeconnect.sources.tail;

/** Where a newly found file starts, as {@link StartPolicy} decides it. */
sealed interface StartDecision {

    /** Go on at the committed position of this file (its identity) or of its content under the same path. */
    record Resume(long position) implements StartDecision {
    }

    /** Start at the position Flume's TAILDIR had reached in this inode. */
    record FlumePosition(long position) implements StartDecision {
    }

    /** A copy of content already read (a renamed, compressed or copytruncate copy): go on where that stopped. */
    record CopyOf(long position, String source) implements StartDecision {
    }

    /** Not now: look again at the next scan. */
    record Defer(String why) implements StartDecision {
    }

    /**
     * Read from byte 0. {@code note} is non-null when that may deliver lines again (the file looks like a rotated
     * copy, or its stored offset refers to other bytes): it is logged at INFO.
     */
    record FromStart(String note) implements StartDecision {
    }

    /** {@code start.position=end}: skip what the file holds now. */
    record AtEnd() implements StartDecision {
    }
}
