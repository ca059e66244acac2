package io.flumeconnect.sources.tail;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.sources.tail.StartDecision.AtEnd;
import io.flumeconnect.sources.tail.StartDecision.CopyOf;
import io.flumeconnect.sources.tail.StartDecision.Defer;
import io.flumeconnect.sources.tail.StartDecision.FlumePosition;
import io.flumeconnect.sources.tail.StartDecision.FromStart;
import io.flumeconnect.sources.tail.StartDecision.Resume;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The start decision on its own: no files, no clock. */
class StartPolicyTest {
    private static final Head FULL = head("2026-12-03 first line of the log\n", 16);
    private static final Head SHORT = head("short\n", 16);

    private static Head head(String text, int wanted) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new Head(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, wanted)), wanted);
    }

    /** A plain file of 1000 bytes at /logs/app.log with no offsets, nothing followed, nothing known. */
    private static StartFacts facts() {
        return new StartFacts(FULL, false, 1000, "/logs/app.log", null, null, false, -1, null, false, null);
    }

    private static StartFacts with(StartFacts f, FileOffset byIdentity, FileOffset byContent) {
        return new StartFacts(f.head(), f.compressed(), f.size(), f.path(), byIdentity, byContent, f.sameHeadFollowed(),
                f.knownPosition(), f.flumePosition(), f.startAtEnd(), f.rotatedName());
    }

    private static FileOffset offset(long position, Head head, String path) {
        return new FileOffset(position, head.fingerprint(), path);
    }

    @Test
    void aNewFileStartsAtZeroWithoutANote() {
        assertThat(StartPolicy.decide(facts())).isEqualTo(new FromStart(null));
    }

    @Test
    void aCopyOfAFileStillBeingReadWaits() {
        StartFacts f = facts();
        StartFacts copy = new StartFacts(f.head(), true, 300, "/logs/app.log.1.gz", null, offset(500, FULL, "/logs/app.log.1"),
                true, -1, null, false, "a compressed file");
        assertThat(StartPolicy.decide(copy)).isInstanceOf(Defer.class);
    }

    @Test
    void theContentOffsetOfAnotherPathMakesACopyGoOnWhereItStopped() {
        StartFacts gz = new StartFacts(FULL, true, 300, "/logs/app.log.1.gz", null, offset(5000, FULL, "/logs/app.log.1"),
                false, -1, null, false, "a compressed file");
        assertThat(StartPolicy.decide(gz)).isEqualTo(new CopyOf(5000, "the content of /logs/app.log.1"));
    }

    @Test
    void theContentOffsetOfTheSamePathResumes() {
        assertThat(StartPolicy.decide(with(facts(), null, offset(700, FULL, "/logs/app.log")))).isEqualTo(new Resume(700));
    }

    @Test
    void whatThisTaskReadBeyondTheCommittedPositionWins() {
        StartFacts f = facts();
        StartFacts known = new StartFacts(FULL, true, 300, "/logs/app.log.1.gz", null, offset(500, FULL, "/logs/app.log"),
                false, 900, null, false, "a compressed file");
        assertThat(StartPolicy.decide(known)).isEqualTo(new CopyOf(900, "the content of /logs/app.log"));
        StartFacts onlyKnown = new StartFacts(FULL, true, 300, "/logs/app.log.1.gz", null, null, false, 900, null,
                f.startAtEnd(), "a compressed file");
        assertThat(StartPolicy.decide(onlyKnown)).isEqualTo(new CopyOf(900, "content this task read before"));
    }

    @Test
    void aPlainCopyShorterThanItsContentsPositionIsStillBeingWritten() {
        assertThat(StartPolicy.decide(with(facts(), null, offset(5000, FULL, "/logs/app.log"))))
                .isInstanceOf(Defer.class);
    }

    @Test
    void theIdentityOffsetResumesOnlyWhenTheFirstBytesMatch() {
        StartFacts shortFile = new StartFacts(SHORT, false, 6, "/logs/app.log", offset(6, SHORT, "/logs/app.log"), null,
                false, -1, null, false, null);
        assertThat(StartPolicy.decide(shortFile)).isEqualTo(new Resume(6));

        StartFacts reused = with(facts(), offset(6, SHORT, "/logs/old.log"), null);
        assertThat(StartPolicy.decide(reused)).isInstanceOfSatisfying(FromStart.class,
                start -> assertThat(start.note()).contains("reused inode"));

        StartFacts beyondTheEnd = with(facts(), new FileOffset(2000, FULL.fingerprint(), null), null);
        assertThat(StartPolicy.decide(beyondTheEnd)).isInstanceOf(FromStart.class);
    }

    @Test
    void aPositionWithoutFingerprintIsTakenAsItIs() {
        assertThat(StartPolicy.decide(with(facts(), new FileOffset(10, null, null), null))).isEqualTo(new Resume(10));
    }

    @Test
    void aFingerprintShorterThanThePositionItWasStoredWithVouchesForNothing() {
        // stored by a task that read 300 bytes before it knew the file's first bytes: any file on the inode matches it
        StartFacts emptyFingerprint = with(facts(), new FileOffset(300, Fingerprint.EMPTY, "/logs/app.log"), null);
        assertThat(StartPolicy.decide(emptyFingerprint)).isInstanceOfSatisfying(FromStart.class,
                start -> assertThat(start.note()).contains("other first bytes"));
        StartFacts partial = with(facts(), new FileOffset(300, head("2026-12-03", 16).fingerprint(), "/logs/app.log"),
                null);
        assertThat(StartPolicy.decide(partial)).isInstanceOf(FromStart.class);
        StartFacts covering = with(facts(), new FileOffset(6, head("2026-1", 16).fingerprint(), "/logs/app.log"), null);
        assertThat(StartPolicy.decide(covering)).isEqualTo(new Resume(6));
    }

    @Test
    void flumesPositionAppliesOnlyWithoutAStoredOffset() {
        StartFacts f = facts();
        StartFacts flume = new StartFacts(FULL, false, 1000, f.path(), null, null, false, -1, 400L, false, null);
        assertThat(StartPolicy.decide(flume)).isEqualTo(new FlumePosition(400));
        StartFacts beyond = new StartFacts(FULL, false, 1000, f.path(), null, null, false, -1, 4000L, false, null);
        assertThat(StartPolicy.decide(beyond)).isEqualTo(new FromStart(null));
    }

    @Test
    void eachStartSaysWhereAndWhy() {
        assertThat(new AtEnd().position(false, 1000)).isEqualTo(1000);
        assertThat(new AtEnd().position(true, 1000)).as("a compressed file is skipped whole").isEqualTo(Long.MAX_VALUE);
        assertThat(new FromStart(null).reason()).isEmpty();
        assertThat(new CopyOf(5, "the content of /logs/a.log").reason()).contains("copy of the content of /logs/a.log");
        assertThat(new Resume(7).position(true, 0)).isEqualTo(7);
    }

    @Test
    void startAtEndSkipsOnlyFilesWithoutAnyPosition() {
        StartFacts f = facts();
        StartFacts end = new StartFacts(FULL, false, 1000, f.path(), null, null, false, -1, null, true, null);
        assertThat(StartPolicy.decide(end)).isEqualTo(new AtEnd());
        StartFacts resumed = new StartFacts(FULL, false, 1000, f.path(), null, offset(10, FULL, f.path()), false, -1,
                null, true, null);
        assertThat(StartPolicy.decide(resumed)).isEqualTo(new Resume(10));
    }

    @Test
    void aRotatedCopyReadFromItsStartSaysWhy() {
        StartFacts gz = new StartFacts(FULL, true, 300, "/logs/app.log.2.gz", null, null, false, -1, null, false,
                "a compressed file");
        assertThat(StartPolicy.decide(gz)).isInstanceOfSatisfying(FromStart.class,
                start -> assertThat(start.note()).contains("rotated copy", "no committed offset"));
        StartFacts shortGz = new StartFacts(SHORT, true, 30, "/logs/app.log.2.gz", null, null, false, -1, null, false,
                "a compressed file");
        assertThat(StartPolicy.decide(shortGz)).isInstanceOfSatisfying(FromStart.class,
                start -> assertThat(start.note()).contains("shorter than fingerprint.bytes"));
    }
}
