package io.flumeconnect.sources.tail;

import static io.flumeconnect.sources.tail.TaskRunner.header;
import static io.flumeconnect.sources.tail.TaskRunner.values;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TailSourceTaskTest {
    @TempDir
    Path dir;

    private Map<String, String> props(String... more) {
        Map<String, String> props = new HashMap<>(Map.of(
                "topic", "logs",
                "files", dir + "/*.log*",
                "scan.interval.ms", "50",
                "line.idle.flush.ms", "300",
                "file.close.idle.ms", "300",
                "fingerprint.bytes", "64",
                "host", "h1"));
        for (int i = 0; i < more.length; i += 2) {
            props.put(more[i], more[i + 1]);
        }
        return props;
    }

    private static List<String> lines(String prefix, int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> prefix + " line " + i + " padding to make it longer").toList();
    }

    private static void append(Path file, List<String> lines) throws IOException {
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Test
    void readsLinesWithFlumeHeadersGroupTopicsAndKeys() throws Exception {
        Path log = dir.resolve("a.log");
        append(log, List.of("one", "two"));
        Files.createDirectories(dir.resolve("web"));
        append(dir.resolve("web/access.log"), List.of("GET /"));
        try (TaskRunner runner = new TaskRunner(props("files", "", "filegroups", "app web",
                "filegroups.app", dir + "/*.log", "filegroups.web", dir + "/web/*.log", "filegroups.web.topic", "web-logs",
                "headers.web.kind", "access", "key.mode", "path"))) {
            List<SourceRecord> records = runner.poll(3);
            assertThat(values(records)).containsExactlyInAnyOrder("one", "two", "GET /");
            SourceRecord two = records.stream().filter(r -> r.value().equals("two")).findFirst().orElseThrow();
            assertThat(two.topic()).isEqualTo("logs");
            assertThat(two.key()).isEqualTo(log.toString());
            assertThat(header(two, "file")).isEqualTo(log.toString());
            assertThat(header(two, "byteoffset")).isEqualTo("4");
            assertThat(header(two, "host")).isEqualTo("h1");
            assertThat(header(two, "filegroup")).isEqualTo("app");
            assertThat(two.sourceOffset().get("position")).isEqualTo(8L);
            assertThat(two.sourcePartition().get("file.id")).isEqualTo(FileIdentity.of(log).id());
            SourceRecord web = records.stream().filter(r -> r.value().equals("GET /")).findFirst().orElseThrow();
            assertThat(web.topic()).isEqualTo("web-logs");
            assertThat(header(web, "filegroup")).isEqualTo("web");
            assertThat(header(web, "kind")).isEqualTo("access");
        }
    }

    @Test
    void flumesHeadersCanBeLeftOut() throws Exception {
        append(dir.resolve("a.log"), List.of("one"));
        try (TaskRunner runner = new TaskRunner(props("record.headers", "byteoffset", "files", "", "filegroups", "g",
                "filegroups.g", dir + "/*.log", "headers.g.env", "prod"))) {
            SourceRecord record = runner.poll(1).get(0);
            assertThat(record.headers()).extracting(h -> h.key()).containsExactly("byteoffset", "env");
        }
    }

    @Test
    void renameRotationReadsTheOldFileToItsEndAndNeverAgain() throws Exception {
        Path log = dir.resolve("app.log");
        append(log, lines("a", 0, 100));
        try (TaskRunner runner = new TaskRunner(props())) {
            List<SourceRecord> records = new ArrayList<>(runner.poll(100));
            Files.move(log, dir.resolve("app.log.1"));
            append(dir.resolve("app.log.1"), lines("a", 100, 110)); // a late write to the renamed file
            append(log, lines("b", 0, 50));
            records.addAll(runner.poll(60));
            records.addAll(runner.pollFor(Duration.ofMillis(800)));

            List<String> expected = new ArrayList<>(lines("a", 0, 110));
            expected.addAll(lines("b", 0, 50));
            assertThat(values(records)).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(values(records).stream().filter(v -> v.startsWith("a")).toList()).isEqualTo(lines("a", 0, 110));
        }
    }

    @Test
    void copytruncateIsDetectedAndTheCopyIsNotReadAgain() throws Exception {
        Path log = dir.resolve("app.log");
        append(log, lines("a", 0, 20));
        try (TaskRunner runner = new TaskRunner(props())) {
            List<SourceRecord> records = new ArrayList<>(runner.poll(20));
            Files.copy(log, dir.resolve("app.log.1"));
            records.addAll(runner.pollFor(Duration.ofMillis(300)));
            truncateThenExpectEveryLineOnce(runner, log, records);
        }
    }

    @Test
    void aCopyCaughtWhileBeingWrittenWaitsUntilItCanBeRecognised() throws Exception {
        Path log = dir.resolve("app.log");
        append(log, lines("a", 0, 20));
        byte[] content = Files.readAllBytes(log);
        try (TaskRunner runner = new TaskRunner(props())) {
            List<SourceRecord> records = new ArrayList<>(runner.poll(20));
            // copytruncate's cp, seen by a scan when fewer than fingerprint.bytes are written, then when empty
            Path copy = dir.resolve("app.log.1");
            Files.write(copy, Arrays.copyOf(content, 40));
            records.addAll(runner.pollFor(Duration.ofMillis(300)));
            Files.write(copy, new byte[0], StandardOpenOption.TRUNCATE_EXISTING);
            records.addAll(runner.pollFor(Duration.ofMillis(300)));
            Files.write(copy, content);
            truncateThenExpectEveryLineOnce(runner, log, records);
        }
    }

    /** Truncates the log of 20 "a" lines, writes 5 "b" lines, and checks that all 25 came once, in order. */
    private static void truncateThenExpectEveryLineOnce(TaskRunner runner, Path log, List<SourceRecord> records)
            throws Exception {
        Files.write(log, new byte[0], StandardOpenOption.TRUNCATE_EXISTING);
        records.addAll(runner.pollFor(Duration.ofMillis(300)));
        append(log, lines("b", 0, 5));
        records.addAll(runner.poll(5));
        records.addAll(runner.pollFor(Duration.ofMillis(800)));

        List<String> expected = new ArrayList<>(lines("a", 0, 20));
        expected.addAll(lines("b", 0, 5));
        assertThat(values(records)).containsExactlyElementsOf(expected);
    }

    @Test
    void linesReadJustAfterATruncationAreOffsetByTheirOwnFirstBytes() throws Exception {
        Path log = dir.resolve("app.log");
        append(log, lines("a", 0, 20));
        // the handle stays open, as it does on a busy log: the file is read on at once, while it is still empty
        try (TaskRunner runner = new TaskRunner(props("file.close.idle.ms", "60000"))) {
            List<SourceRecord> records = new ArrayList<>(runner.poll(20));
            copyTruncate(log, dir.resolve("app.log.1"));
            records.addAll(runner.pollFor(Duration.ofMillis(300)));
            append(log, lines("b", 0, 5));
            records.addAll(runner.poll(5));
            assertThat(records.subList(20, 25)).allSatisfy(record ->
                    assertThat(record.sourcePartition()).containsOnlyKeys("head"));
            runner.close();
            // while the task is stopped: copytruncate again, and the new log grows longer than "b" was
            copyTruncate(log, dir.resolve("app.log.2"));
            append(log, lines("c", 0, 8));
            runner.start();
            records.addAll(runner.poll(8));
            records.addAll(runner.pollFor(Duration.ofMillis(600)));

            List<String> expected = new ArrayList<>(lines("a", 0, 20));
            expected.addAll(lines("b", 0, 5));
            expected.addAll(lines("c", 0, 8));
            assertThat(values(records)).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    private static void copyTruncate(Path log, Path copy) throws IOException {
        Files.copy(log, copy);
        Files.write(log, new byte[0], StandardOpenOption.TRUNCATE_EXISTING);
    }

    @Test
    void aFileRewrittenInPlaceIsReadFromItsStart() throws Exception {
        Path log = dir.resolve("app.log");
        append(log, lines("a", 0, 3));
        try (TaskRunner runner = new TaskRunner(props())) {
            runner.poll(3);
            runner.restart();
            // truncated and written again, longer than before, while the task was stopped
            Files.writeString(log, String.join("\n", lines("b", 0, 6)) + "\n");
            assertThat(values(runner.poll(6))).containsExactlyElementsOf(lines("b", 0, 6));
        }
    }

    @Test
    void aDeletedFileIsReadToItsEndThenReleased() throws Exception {
        Path log = dir.resolve("app.log");
        append(log, lines("a", 0, 1000));
        try (TaskRunner runner = new TaskRunner(props("batch.max.records", "10", "read.buffer.bytes", "256"))) {
            List<SourceRecord> records = new ArrayList<>(runner.poll(1));
            Files.delete(log);
            records.addAll(runner.poll(1000 - records.size()));
            assertThat(values(records)).containsExactlyElementsOf(lines("a", 0, 1000));
            assertThat(runner.pollFor(Duration.ofMillis(800))).isEmpty();
        }
    }

    @Test
    void aGzippedRotatedFileContinuesWhereItsOriginalStopped() throws Exception {
        Path log = dir.resolve("app.log");
        append(log, lines("a", 0, 50));
        Path old = dir.resolve("old.log.gz");
        gzip(lines("old", 0, 30), old);
        try (TaskRunner runner = new TaskRunner(props())) {
            List<SourceRecord> records = new ArrayList<>(runner.poll(80));
            Path rotated = dir.resolve("app.log.1");
            Files.move(log, rotated);
            append(rotated, lines("a", 50, 60));
            records.addAll(runner.pollFor(Duration.ofMillis(200)));
            gzip(Files.readAllLines(rotated), dir.resolve("app.log.1.gz"));
            Files.delete(rotated);
            records.addAll(runner.poll(90 - records.size()));
            records.addAll(runner.pollFor(Duration.ofMillis(1500)));

            List<String> expected = new ArrayList<>(lines("a", 0, 60));
            expected.addAll(lines("old", 0, 30));
            assertThat(values(records)).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    /** Found by TailRotationTortureIT: a rotated file's gzip copy took the inode of a file deleted just before. */
    @Test
    void aGzippedCopyOnAReusedInodeIsStillRecognisedAsACopy() throws Exception {
        Path log = dir.resolve("app.log");
        append(log, lines("a", 0, 50));
        try (TaskRunner runner = new TaskRunner(props())) {
            List<SourceRecord> records = new ArrayList<>(runner.poll(50));
            Path rotated = dir.resolve("app.log.1");
            Files.move(log, rotated);
            records.addAll(runner.pollFor(Duration.ofMillis(200)));
            Path copy = dir.resolve("app.log.1.gz");
            gzip(Files.readAllLines(rotated), copy);
            Files.delete(rotated);
            runner.committed.put(FileOffset.partition(FileIdentity.of(copy)), Map.of(FileOffset.POSITION, 7L,
                    FileOffset.FINGERPRINT, "0badf00d", FileOffset.FINGERPRINT_LENGTH, 64));
            records.addAll(runner.pollFor(Duration.ofMillis(1500)));

            assertThat(values(records)).containsExactlyElementsOf(lines("a", 0, 50));
        }
    }

    @Test
    void contentDeliveredBeforeARestartIsNotDeliveredAgainWhateverItWasRotatedInto() throws Exception {
        Path log = dir.resolve("app.log");
        append(log, lines("a", 0, 50));
        try (TaskRunner runner = new TaskRunner(props())) {
            List<SourceRecord> records = new ArrayList<>(runner.poll(50));
            runner.close();
            // while the task is stopped: rename (+ a late write), compress the renamed file, start a new log
            Path rotated = dir.resolve("app.log.1");
            Files.move(log, rotated);
            append(rotated, lines("a", 50, 60));
            gzip(Files.readAllLines(rotated), dir.resolve("app.log.1.gz"));
            Files.delete(rotated);
            append(log, lines("b", 0, 5));
            runner.start();
            records.addAll(runner.poll(15));
            records.addAll(runner.pollFor(Duration.ofMillis(600)));
            runner.close();
            // and once more: delaycompress moves the compressed file on, copytruncate copies and truncates the log
            Files.move(dir.resolve("app.log.1.gz"), dir.resolve("app.log.2.gz"));
            copyTruncate(log, dir.resolve("app.log.1"));
            append(log, lines("c", 0, 3));
            runner.start();
            records.addAll(runner.poll(3));
            records.addAll(runner.pollFor(Duration.ofMillis(600)));

            List<String> expected = new ArrayList<>(lines("a", 0, 60));
            expected.addAll(lines("b", 0, 5));
            expected.addAll(lines("c", 0, 3));
            assertThat(values(records)).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void aFileLongerThanTheFingerprintIsOffsetByItsContentAndResumesUnderANewInode() throws Exception {
        Path log = dir.resolve("app.log");
        append(log, lines("a", 0, 10));
        try (TaskRunner runner = new TaskRunner(props("batch.max.records", "4", "read.buffer.bytes", "64"))) {
            List<SourceRecord> first = runner.poll(4);
            assertThat(first.get(3).sourcePartition().keySet()).containsExactly("head");
            assertThat((String) first.get(3).sourcePartition().get("head")).matches("64:[0-9a-f]{64}");
            runner.close();
            // the same content under a new inode, as a copy makes it: resumes after the committed records
            Path copy = dir.resolve("copy.tmp");
            Files.copy(log, copy);
            Files.delete(log);
            Files.move(copy, log);
            runner.start();
            List<String> all = new ArrayList<>(values(first));
            all.addAll(values(runner.poll(10 - first.size())));
            assertThat(all).containsExactlyElementsOf(lines("a", 0, 10));
        }
    }

    @Test
    void storedOffsetsAreReadOnceWhenAFileIsFirstSeenNotAtEveryScan() throws Exception {
        Path log = dir.resolve("app.log");
        append(log, lines("a", 0, 20));
        try (TaskRunner runner = new TaskRunner(props("file.close.idle.ms", "60000"))) {
            runner.poll(20);
            Path rotated = dir.resolve("app.log.1");
            Files.move(log, rotated);
            gzip(Files.readAllLines(rotated), dir.resolve("app.log.1.gz")); // waits while app.log.1 is followed
            runner.pollFor(Duration.ofMillis(1000)); // about 20 scans
            assertThat(runner.offsetReads()).as("offset reads").isEqualTo(2);
        }
    }

    @Test
    void hostileFilesAreSkippedAndTheOthersKeepFlowing() throws Exception {
        Path good = dir.resolve("good.log");
        append(good, lines("good", 0, 5));
        Files.write(dir.resolve("header-only.log.gz"), new byte[] {0x1f, (byte) 0x8b});
        Files.writeString(dir.resolve("plain-text.log.gz"), "not gzip at all\n");
        Path corrupt = dir.resolve("corrupt.log.gz");
        gzip(lines("corrupt", 0, 200), corrupt);
        byte[] bytes = Files.readAllBytes(corrupt);
        for (int i = bytes.length / 2; i < bytes.length - 8; i++) {
            bytes[i] = (byte) 0xff;
        }
        Files.write(corrupt, bytes);
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        append(elsewhere.resolve("linked.log"), lines("linked", 0, 3));
        Files.createSymbolicLink(dir.resolve("link.log"), elsewhere.resolve("linked.log"));
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.createSymbolicLink(sub.resolve("loop"), dir); // a directory loop under **
        Files.createSymbolicLink(dir.resolve("self.log"), dir.resolve("self.log"));
        try (TaskRunner runner = new TaskRunner(props("files", dir + "/**/*.log*", "file.close.idle.ms", "200"))) {
            List<SourceRecord> records = new ArrayList<>(runner.poll(8));
            records.addAll(runner.pollFor(Duration.ofMillis(1000)));
            append(good, lines("good", 5, 7));
            records.addAll(runner.poll(2));
            // what a corrupt gzip file yields before its damage is detected is not checked: it may be garbage
            List<String> notCorrupt = values(records).stream().filter(v -> !v.startsWith("corru")).toList();
            List<String> expected = new ArrayList<>(lines("good", 0, 7));
            expected.addAll(lines("linked", 0, 3));
            assertThat(notCorrupt).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    private static void gzip(List<String> lines, Path target) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp))) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    }

    @Test
    void resumesFromCommittedOffsetsAfterARestart() throws Exception {
        Path log = dir.resolve("app.log");
        append(log, lines("a", 0, 10));
        try (TaskRunner runner = new TaskRunner(props("batch.max.records", "4", "read.buffer.bytes", "64"))) {
            List<SourceRecord> first = runner.poll(4);
            runner.restart();
            List<SourceRecord> rest = runner.poll(10 - first.size());
            List<String> all = new ArrayList<>(values(first));
            all.addAll(values(rest));
            assertThat(all).containsExactlyElementsOf(lines("a", 0, 10));
        }
    }

    @Test
    void startAtEndSkipsExistingLinesButNotFilesCreatedWhileStopped() throws Exception {
        Path log = dir.resolve("app.log");
        append(log, lines("old", 0, 5));
        try (TaskRunner runner = new TaskRunner(props("start.position", "end"))) {
            assertThat(runner.pollFor(Duration.ofMillis(300))).isEmpty();
            append(log, lines("new", 0, 2));
            assertThat(values(runner.poll(2))).containsExactlyElementsOf(lines("new", 0, 2));
            runner.restart();
            append(dir.resolve("other.log"), lines("other", 0, 3));
            assertThat(values(runner.poll(3))).containsExactlyElementsOf(lines("other", 0, 3));
        }
    }

    @Test
    void anUnterminatedLastLineIsEmittedAfterTheIdleTime() throws Exception {
        Path log = dir.resolve("app.log");
        Files.writeString(log, "complete\npartial");
        try (TaskRunner runner = new TaskRunner(props())) {
            List<SourceRecord> records = runner.poll(2);
            assertThat(values(records)).containsExactly("complete", "partial");
            assertThat(records.get(1).sourceOffset().get("position")).isEqualTo(16L);
        }
    }

    @Test
    void anUnterminatedLineWaitsForTheIdleTimeOnTheTasksClockNotTheWallClock() throws Exception {
        Files.writeString(dir.resolve("app.log"), "complete\npartial");
        MutableClock clock = new MutableClock();
        try (TaskRunner runner = new TaskRunner(props("line.idle.flush.ms", "3600000"), clock)) {
            assertThat(values(runner.pollTimes(5))).containsExactly("complete");
            clock.advance(Duration.ofMinutes(59));
            assertThat(runner.pollTimes(3)).isEmpty();
            clock.advance(Duration.ofMinutes(1));
            List<SourceRecord> flushed = runner.pollTimes(3);
            assertThat(values(flushed)).containsExactly("partial");
            assertThat(flushed.get(0).timestamp()).isEqualTo(clock.millis());
        }
    }

    /** A clock a test moves on, so that hour-long timeouts take no time. */
    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-03T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void linesAreDecodedWithTheConfiguredCharset() throws Exception {
        Files.write(dir.resolve("latin.log"), "café\r\nnaïve\n".getBytes(StandardCharsets.ISO_8859_1));
        try (TaskRunner runner = new TaskRunner(props("charset", "ISO-8859-1"))) {
            assertThat(values(runner.poll(2))).containsExactly("café", "naïve");
        }
    }

    @Test
    void overlongLinesArePartsWithHeadersAndValuesCanBeBytes() throws Exception {
        Path log = dir.resolve("app.log");
        Files.writeString(log, "x".repeat(40) + "\nshort\n");
        try (TaskRunner runner = new TaskRunner(props("line.max.bytes", "16", "value.type", "bytes"))) {
            List<SourceRecord> records = runner.poll(4);
            assertThat(records.get(0).value()).isInstanceOf(byte[].class);
            assertThat(records).extracting(r -> header(r, "line.part")).containsExactly("1", "2", "3", null);
            assertThat(records).extracting(r -> header(r, "line.part.more")).containsExactly("true", "true", null, null);
            assertThat(String.join("", values(records.subList(0, 3)))).isEqualTo("x".repeat(40));
        }
    }

    @Test
    void multiLineEventsCarryTheOffsetOfTheirLastLine() throws Exception {
        Path log = dir.resolve("app.log");
        Files.writeString(log, "2024 boom\n  at a\n  at b\n2024 ok\n");
        try (TaskRunner runner = new TaskRunner(props("multiline.pattern", "^\\s"))) {
            List<SourceRecord> records = runner.poll(2);
            assertThat(values(records)).containsExactly("2024 boom\n  at a\n  at b", "2024 ok");
            assertThat(records.get(0).sourceOffset().get("position")).isEqualTo(24L);
        }
    }

    @Test
    void aFlumePositionFileSetsWhereFilesWithoutOffsetsStart() throws Exception {
        Path log = dir.resolve("app.log");
        append(log, List.of("read by flume", "not yet"));
        Path positions = dir.resolve("taildir_position.json");
        Files.writeString(positions, "[{\"inode\":" + FileIdentity.of(log).inode() + ",\"pos\":14,\"file\":\"" + log + "\"}]");
        try (TaskRunner runner = new TaskRunner(props("flume.position.file", positions.toString()))) {
            assertThat(values(runner.poll(1))).containsExactly("not yet");
        }
    }

    @Test
    void tasksShareTheFilesWithoutOverlap() throws Exception {
        for (int i = 0; i < 12; i++) {
            append(dir.resolve("f" + i + ".log"), List.of("file " + i));
        }
        List<String> all = new ArrayList<>();
        for (int task = 0; task < 3; task++) {
            int owned = 0;
            for (int i = 0; i < 12; i++) {
                owned += FileIdentity.of(dir.resolve("f" + i + ".log")).owner(3) == task ? 1 : 0;
            }
            try (TaskRunner runner = new TaskRunner(TailSourceConfig.taskProps(props(), task, 3))) {
                all.addAll(values(runner.poll(owned)));
                all.addAll(values(runner.pollFor(Duration.ofMillis(300))));
            }
        }
        assertThat(all).containsExactlyInAnyOrderElementsOf(IntStream.range(0, 12).mapToObj(i -> "file " + i).toList());
    }
}
