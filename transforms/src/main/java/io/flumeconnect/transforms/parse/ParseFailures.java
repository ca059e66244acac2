package io.flumeconnect.transforms.parse;

import io.flumeconnect.common.config.EnumValues;
import io.flumeconnect.common.metrics.Counter;
import io.flumeconnect.transforms.support.Location;
import io.flumeconnect.transforms.support.Requirements;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a parsing transform does with a record it cannot parse: by default the record goes on unchanged with a
 * header that says why (nothing accepted is lost), or it is dropped, or the transform fails and Connect's
 * {@code errors.tolerance} / dead letter queue decide. Every failure is counted.
 */
final class ParseFailures {
    static final String ON_FAILURE_CONFIG = "on.failure";
    static final String ERROR_HEADER_CONFIG = "error.header";
    static final String DEFAULT_ERROR_HEADER = "flume.parse.error";

    private static final Logger log = LoggerFactory.getLogger(ParseFailures.class);

    enum Policy { PASS, DROP, FAIL }

    private final Policy policy;
    private final String header;
    private final Counter failures;
    private final Requirements requirements;

    ParseFailures(AbstractConfig config, Counter failures, Requirements requirements) {
        this.policy = EnumValues.parse(Policy.class, config.getString(ON_FAILURE_CONFIG));
        this.header = config.getString(ERROR_HEADER_CONFIG);
        this.failures = failures;
        this.requirements = requirements;
    }

    /** Declares {@code on.failure} and {@code error.header} in {@code def}, in {@code group} from {@code order}. */
    static ConfigDef define(ConfigDef def, String group, int order) {
        return def
                .define(ON_FAILURE_CONFIG, ConfigDef.Type.STRING, "pass",
                        EnumValues.validator(Policy.class), ConfigDef.Importance.MEDIUM,
                        "What to do with a record that does not parse: 'pass' it on unchanged with the reason in the "
                                + "header named by " + ERROR_HEADER_CONFIG + ", 'drop' it, or 'fail' so that the "
                                + "connector's errors.tolerance and dead letter queue decide. Every failure is counted "
                                + "in the parse-failures metric.",
                        group, order, ConfigDef.Width.SHORT, "On failure")
                .define(ERROR_HEADER_CONFIG, ConfigDef.Type.STRING, DEFAULT_ERROR_HEADER,
                        new ConfigDef.NonEmptyString(), ConfigDef.Importance.LOW,
                        "The header that carries the reason when on.failure=pass.",
                        group, order + 1, ConfigDef.Width.MEDIUM, "Error header");
    }

    /** The record to return for {@code record}, which did not parse because of {@code reason}. */
    <R extends ConnectRecord<R>> R handle(R record, String reason) {
        failures.increment();
        log.debug("{}: record from topic {} did not parse: {}", requirements.transform(), record.topic(), reason);
        return switch (policy) {
            case PASS -> Location.withHeader(record, header, reason);
            case DROP -> null;
            case FAIL -> throw requirements.fail(record, reason);
        };
    }
}
