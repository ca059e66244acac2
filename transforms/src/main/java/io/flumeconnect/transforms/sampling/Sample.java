package io.flumeconnect.transforms.sampling;

import io.flumeconnect.transforms.support.CountedTransformation;
import io.flumeconnect.transforms.support.Location;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.connect.connector.ConnectRecord;

/** Keeps a fraction of the records, at random or deterministically by the hash of a key, field or header. */
public final class Sample<R extends ConnectRecord<R>> extends CountedTransformation<R> {
    public static final String OVERVIEW_DOC = "Keeps a fraction of the records and drops the rest (counted in "
            + "records-dropped): at random, or with `mode=hash` by the hash of the key, a field or a header, so "
            + "that all records of one key share one fate, on every task and after restarts; a record without "
            + "that text (such as the tail source's records, whose key is null) is decided by the hash of its "
            + "value. The collector tier's sampling in Flume deployments. Tombstones are always kept.";

    /** Hashes are masked to 31 bits; a record is kept when its hash is below {@code fraction * 2^31}. */
    private static final double HASH_RANGE = 0x1p31;
    /** What hash mode falls back to when its source is absent: a tombstone never gets here, so it is there. */
    private static final Location VALUE = Location.value();

    private SampleConfig config;
    private long hashThreshold;

    @Override
    public void configure(Map<String, ?> props) {
        SampleConfig parsed = new SampleConfig(props);
        super.configure(props);
        config = parsed;
        hashThreshold = (long) (parsed.fraction * HASH_RANGE);
    }

    @Override
    protected R transform(R record) {
        return kept(record) ? record : null;
    }

    private boolean kept(R record) {
        if (!config.byHash) {
            return ThreadLocalRandom.current().nextDouble() < config.fraction;
        }
        String text = config.hashSource.read(record, requirements());
        if (text == null) {
            text = VALUE.read(record, requirements());
        }
        return (Utils.murmur2(text.getBytes(StandardCharsets.UTF_8)) & 0x7fffffff) < hashThreshold;
    }

    @Override
    public ConfigDef config() {
        return SampleConfig.CONFIG_DEF;
    }
}
