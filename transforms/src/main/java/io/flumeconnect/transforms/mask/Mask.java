package io.flumeconnect.transforms.mask;

import io.flumeconnect.common.metrics.Counter;
import io.flumeconnect.transforms.support.CountedTransformation;
import io.flumeconnect.transforms.support.FieldPath;
import io.flumeconnect.transforms.support.InputLimit;
import io.flumeconnect.transforms.support.Location;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.ConnectRecord;

/** Replaces or hashes sensitive values (e-mail and IP addresses, card numbers, bearer tokens, a custom regex). */
public class Mask<R extends ConnectRecord<R>> extends CountedTransformation<R> {
    public static final String OVERVIEW_DOC = "Masks sensitive values in the value, fields or headers: e-mail "
            + "addresses, IPv4/IPv6 addresses, payment card numbers (Luhn-checked), bearer tokens and matches of a "
            + "custom regex are replaced by a fixed text or by their salted SHA-256. On a Struct or Map value every "
            + "string is masked, at any depth, and the schema is kept. Tombstones pass through.";

    private static final Location VALUE = Location.value();

    private MaskConfig config;
    private Runnable countMatch;
    private Masker masker;
    private DeepMasker deepMasker;
    private InputLimit limit;

    @Override
    public void configure(Map<String, ?> props) {
        config = new MaskConfig(props);
        super.configure(props);
        Counter masked = counters().counter("values-masked", "Matches replaced or hashed");
        countMatch = masked::increment;
        masker = new Masker(config.detectors, config.replacement);
        limit = new InputLimit(config);
        deepMasker = new DeepMasker(this::mask);
    }

    @Override
    protected R transform(R record) {
        R current = record;
        for (Location target : config.targets) {
            current = mask(current, target);
        }
        return current;
    }

    private R mask(R record, Location target) {
        if (target.equals(VALUE) && FieldPath.isContainer(record.value())) {
            Object masked = deepMasker.mask(record.value());
            return masked == record.value() ? record : record.newRecord(record.topic(), record.kafkaPartition(),
                    record.keySchema(), record.key(), record.valueSchema(), masked, record.timestamp());
        }
        String text = target.read(record, requirements());
        if (text == null) {
            return record;
        }
        String result = mask(text);
        return result == text ? record : target.write(record, result, requirements());
    }

    private String mask(String text) {
        return masker.mask(limit.check(text), countMatch);
    }

    @Override
    public ConfigDef config() {
        return MaskConfig.CONFIG_DEF;
    }
}
