package io.flumeconnect.sources.tail;

/** Where a newly found file starts, as {@link StartPolicy} decides it: not yet, or a {@link Start}. */
sealed interface StartDecision {

    /** Not now: look again at the next scan. */
    record Defer(String why) implements StartDecision {
    }

    /** Follow the file from a position. */
    sealed interface Start extends StartDecision {
        /** The byte to start at, for a file of {@code size} bytes on disk. */
        long position(boolean compressed, long size);

        /** Why there, for the INFO line that says where the file starts; empty when nothing needs saying. */
        String reason();
    }

    /** Go on at the committed position of this file (its identity) or of its content under the same path. */
    record Resume(long position) implements Start {
        @Override
        public long position(boolean compressed, long size) {
            return position;
        }

        @Override
        public String reason() {
            return ", its committed position";
        }
    }

    /** Start at the position Flume's TAILDIR had reached in this inode. */
    record FlumePosition(long position) implements Start {
        @Override
        public long position(boolean compressed, long size) {
            return position;
        }

        @Override
        public String reason() {
            return ", from Flume's position file";
        }
    }

    /** A copy of content already read (a renamed, compressed or copytruncate copy): go on where that stopped. */
    record CopyOf(long position, String source) implements Start {
        @Override
        public long position(boolean compressed, long size) {
            return position;
        }

        @Override
        public String reason() {
            return ": it is a copy of " + source + ", read to there";
        }
    }

    /**
     * Read from byte 0. {@code note} is non-null when that may deliver lines again (the file looks like a rotated
     * copy, or its stored offset refers to other bytes): it is logged at INFO.
     */
    record FromStart(String note) implements Start {
        @Override
        public long position(boolean compressed, long size) {
            return 0;
        }

        @Override
        public String reason() {
            return note == null ? "" : ": " + note;
        }
    }

    /** {@code start.position=end}: skip what the file holds now; a compressed file as a whole. */
    record AtEnd() implements Start {
        @Override
        public long position(boolean compressed, long size) {
            // A compressed file's uncompressed length is unknown without reading it all.
            return compressed ? Long.MAX_VALUE : size;
        }

        @Override
        public String reason() {
            return " (start.position=end)";
        }
    }
}
