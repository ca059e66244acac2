package io.flumeconnect.sources.tail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourcePartitionTest {
    private static final String HEAD = "1024:" + "ab".repeat(32);

    @Test
    void isTheOneEntryMapItStandsForInEveryDirection() {
        SourcePartition partition = new SourcePartition(FileOffset.HEAD, HEAD);
        Map<String, Object> plain = Map.of(FileOffset.HEAD, HEAD);

        assertThat(partition).isEqualTo(plain).hasSameHashCodeAs(plain).containsExactlyEntriesOf(plain);
        assertThat(plain).isEqualTo(partition);
        assertThat(partition).isEqualTo(new SourcePartition(FileOffset.HEAD, HEAD)).hasSameHashCodeAs(plain);
        assertThat(partition.get(FileOffset.HEAD)).isEqualTo(HEAD);
        assertThat(partition.get(FileOffset.FILE_ID)).isNull();
        assertThat(partition).isNotEqualTo(new SourcePartition(FileOffset.FILE_ID, HEAD))
                .isNotEqualTo(new SourcePartition(FileOffset.HEAD, "1024:" + "cd".repeat(32)))
                .isNotEqualTo(Map.of(FileOffset.HEAD, HEAD, FileOffset.FILE_ID, "1:2"));
    }

    @Test
    void findsAndIsFoundByPlainMapsInHashMaps() {
        Map<Map<String, Object>, String> stored = new HashMap<>();
        stored.put(Map.of(FileOffset.FILE_ID, "2049:131077"), "as the worker returns offsets");
        assertThat(stored.get(FileOffset.partition(new FileIdentity("2049:131077", 131077)))).isNotNull();

        Map<Map<String, Object>, String> submitted = new HashMap<>();
        submitted.put(new ContentKey("ab".repeat(32), 1024).partition(), "as the worker keys its records");
        assertThat(submitted.get(Map.of(FileOffset.HEAD, HEAD))).isNotNull();
    }
}
