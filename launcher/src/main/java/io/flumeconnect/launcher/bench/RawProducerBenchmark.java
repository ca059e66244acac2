package io.flumeconnect.launcher.bench;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The harness's own check, and the broker's headroom: a raw producer with {@code --acks} (default 1)
 * against the same producer with {@code acks=all}, the limit every connector benchmark uses.
 */
public final class RawProducerBenchmark implements Benchmark {
    @Override
    public String name() {
        return "raw-producer";
    }

    @Override
    public String description() {
        return "raw producer with --acks (default 1) vs acks=all, --records (200000) of --record-size (1024) bytes";
    }

    @Override
    public BenchResult run(BenchContext context) throws Exception {
        long records = context.option("records", 200_000);
        int size = (int) context.option("record-size", 1024);
        String acks = context.option("acks", "1");
        context.createTopic("bench-raw", 1);
        context.createTopic("bench-limit", 1);
        Throughput limit = context.baseline().measure("bench-limit", records, size);
        Throughput measured = context.baseline().measure("bench-raw", records, size, Map.of(ProducerConfig.ACKS_CONFIG, acks));
        return new BenchResult(measured, limit, "raw producer, acks=all, %d x %d B records, 1 partition".formatted(records, size),
                List.of("measured: the same producer with acks=" + acks));
    }
}
