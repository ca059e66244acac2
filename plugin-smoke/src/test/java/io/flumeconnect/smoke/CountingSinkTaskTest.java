package io.flumeconnect.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.testkit.StubSinkTaskContext;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class CountingSinkTaskTest {
    @Test
    void asksForACommitEachTimeCommitEveryRecordsMoreWereCounted() {
        CommitRequests context = new CommitRequests();
        CountingSinkTask task = started(context, "10");

        task.put(records(0, 6));
        assertThat(context.requests).isZero();
        task.put(records(6, 6));
        assertThat(context.requests).isEqualTo(1);
        task.put(records(12, 9));
        assertThat(context.requests).isEqualTo(1);
        task.put(records(21, 1));
        assertThat(context.requests).isEqualTo(2);
        task.stop();
    }

    @Test
    void withoutCommitEveryRecordsLeavesCommitsToTheWorker() {
        CommitRequests context = new CommitRequests();
        CountingSinkTask task = started(context, "0");

        task.put(records(0, 1000));

        assertThat(context.requests).isZero();
        task.stop();
    }

    private static CountingSinkTask started(CommitRequests context, String commitEvery) {
        CountingSinkTask task = new CountingSinkTask();
        task.initialize(context);
        task.start(Map.of("topics", "counted", "commit.every.records", commitEvery));
        return task;
    }

    private static List<SinkRecord> records(long first, int count) {
        return LongStream.range(first, first + count)
                .mapToObj(n -> new SinkRecord("counted", 0, null, null, Schema.BYTES_SCHEMA, new byte[10], n))
                .toList();
    }

    private static final class CommitRequests extends StubSinkTaskContext {
        private int requests;

        @Override
        public void requestCommit() {
            requests++;
        }
    }
}
