package io.flumeconnect.sinks.file.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamesTest {
    private static final TopicPartition TP = new TopicPartition("app.logs-v1_x", 12);

    @Test
    void committedNameCarriesPartitionAndOffsets() {
        String name = FileNames.committed("", TP, 5, 99, ".txt.gz");
        assertThat(name).isEqualTo("app.logs-v1_x+12+00000000000000000005+00000000000000000099.txt.gz");
        assertThat(FileNames.parseCommitted(name)).contains(new FileNames.Committed(TP, 5, 99));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "FlumeData | .txt",
        "web+1 | .jsonl",
        "a+b+c+7 | ''",
        "x | 0123.log",
        "logs+3 | .avro"})
    void anyPrefixAndSuffixRoundTrip(String prefix, String suffix) {
        String name = FileNames.committed(prefix, TP, Long.MAX_VALUE - 1, Long.MAX_VALUE, suffix);
        assertThat(FileNames.parseCommitted(name)).contains(new FileNames.Committed(TP, Long.MAX_VALUE - 1, Long.MAX_VALUE));
        String temp = FileNames.temporary(prefix, TP, 42, "0a1b2c3d", suffix);
        FileNames.Temporary parsed = FileNames.parseTemporary(temp).orElseThrow();
        assertThat(parsed.partition()).isEqualTo(TP);
        assertThat(parsed.first()).isEqualTo(42);
        assertThat(parsed.committedName(50)).isEqualTo(FileNames.committed(prefix, TP, 42, 50, suffix));
    }

    @Test
    void aTopicThatEndsAnotherIsNotConfused() {
        String name = FileNames.committed("", new TopicPartition("blogs", 0), 0, 1, ".txt");
        assertThat(FileNames.parseCommitted(name).orElseThrow().partition().topic()).isEqualTo("blogs");
        String prefixed = FileNames.committed("b", new TopicPartition("logs", 0), 0, 1, ".txt");
        assertThat(FileNames.parseCommitted(prefixed).orElseThrow().partition().topic()).isEqualTo("logs");
    }

    @Test
    void temporaryAndCommittedNamesNeverMatchEachOther() {
        String temp = FileNames.temporary("", TP, 1, "deadbeef", ".txt");
        assertThat(temp).startsWith(".").endsWith(".tmp");
        assertThat(FileNames.parseCommitted(temp)).isEmpty();
        assertThat(FileNames.parseTemporary(FileNames.committed("", TP, 1, 2, ".txt"))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"notes.txt", "logs+0+1+2.txt", "logs+0+00000000000000000001.txt", ".hidden", "logs+x+00000000000000000001+00000000000000000002"})
    void otherFilesAreIgnored(String name) {
        assertThat(FileNames.parseCommitted(name)).isEmpty();
        assertThat(FileNames.parseTemporary(name)).isEmpty();
    }
}
