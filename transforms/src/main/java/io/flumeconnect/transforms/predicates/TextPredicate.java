package io.flumeconnect.transforms.predicates;

import io.flumeconnect.common.Version;
import io.flumeconnect.transforms.support.Requirements;
import io.flumeconnect.transforms.support.TextMatcher;
import java.util.Map;
import org.apache.kafka.connect.components.Versioned;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.transforms.predicates.Predicate;

/** A predicate that is true when its regex is found in one text of the record. */
abstract class TextPredicate<R extends ConnectRecord<R>> implements Predicate<R>, Versioned {
    private TextMatcher matcher;
    private Requirements requirements;

    /** Reads the subclass's config and says what to match. */
    abstract TextMatcher matcher(Map<String, ?> props);

    @Override
    public void configure(Map<String, ?> props) {
        matcher = matcher(props);
        requirements = new Requirements(getClass().getSimpleName() + "[" + matcher + "]");
    }

    @Override
    public boolean test(R record) {
        return matcher.matches(record, requirements);
    }

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{" + matcher + "}";
    }
}
