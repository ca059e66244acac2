package io.flumeconnect.sources.tail;

import io.flumeconnect.sources.tail.StartDecision.AtEnd;
import io.flumeconnect.sources.tail.StartDecision.CopyOf;
import io.flumeconnect.sources.tail.StartDecision.Defer;
import io.flumeconnect.sources.tail.StartDecision.FlumePosition;
import io.flumeconnect.sources.tail.StartDecision.FromStart;
import io.flumeconnect.sources.tail.StartDecision.Resume;

/**
 * Decides where a newly found file starts. In order: a file whose first bytes equal those of a file still being
 * read waits (it is its copy, and the original may still grow; or, shorter than {@code fingerprint.bytes}, a copy
 * still being written); the committed offset of its content key (any
 * copy of content read before, whatever its name or inode); the committed offset of its identity, if the file
 * still starts with the bytes it was taken of and they reach its position ({@link FileOffset#identifies}); what
 * this task read of the same content since it started; Flume's position; {@code start.position=end}; else byte 0.
 */
final class StartPolicy {
    private StartPolicy() {
    }

    static StartDecision decide(StartFacts facts) {
        if (facts.sameHeadFollowed()) {
            return new Defer("a followed file starts with the same bytes: this is its copy (or one still being "
                    + "written), looked at again at the next scan");
        }
        FileOffset content = facts.byContent();
        if (content != null) {
            if (!facts.compressed() && content.position() > facts.size()) {
                return new Defer("a copy still being written: its content was read to byte " + content.position()
                        + ", the file holds " + facts.size());
            }
            long position = Math.max(content.position(), facts.knownPosition());
            return facts.path().equals(content.path()) ? new Resume(position)
                    : new CopyOf(position, "the content of " + content.path());
        }
        FileOffset own = facts.byIdentity();
        boolean ownMatches = own != null && own.identifies(facts.head())
                && (facts.compressed() || own.position() <= facts.size());
        if (ownMatches) {
            return new Resume(own.position());
        }
        if (facts.knownPosition() >= 0) {
            return new CopyOf(facts.knownPosition(), "content this task read before");
        }
        if (own == null && facts.flumePosition() != null && facts.flumePosition() <= facts.size()) {
            return new FlumePosition(facts.flumePosition());
        }
        if (facts.startAtEnd()) {
            return new AtEnd();
        }
        return new FromStart(noteOnStart(facts, own != null));
    }

    /** Why reading from byte 0 may deliver lines again, or null when it cannot. */
    private static String noteOnStart(StartFacts facts, boolean ownMismatched) {
        if (ownMismatched) {
            return "its stored offset refers to other first bytes (a new file on a reused inode, or a file replaced "
                    + "while the connector was stopped)";
        }
        if (facts.rotatedName() == null) {
            return null;
        }
        String why = facts.head().full() ? "no committed offset for its first bytes"
                : "it is shorter than fingerprint.bytes (" + facts.head().wanted() + "), so its content has no key";
        return "it looks like a rotated copy (" + facts.rotatedName() + ") but " + why
                + "; lines of it delivered before are delivered again";
    }
}
