package io.flumeconnect.launcher.migrate.mapping;

import io.flumeconnect.launcher.migrate.conf.PropertyLine;
import io.flumeconnect.launcher.migrate.model.Settings;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The account of every key of one component: each mapper records what it did with each key it knows, and
 * {@link #finish} gives the keys nobody claimed a status with a reason, so no key is dropped silently.
 * {@link #under} is a view on a part of the keys (an interceptor's, the selector's) that records into the same
 * account.
 */
public final class KeyLedger {
    private final Settings settings;
    private final Map<String, KeyOutcome> outcomes;

    public KeyLedger(Settings settings) {
        this(settings, new LinkedHashMap<>());
    }

    private KeyLedger(Settings settings, Map<String, KeyOutcome> outcomes) {
        this.settings = settings;
        this.outcomes = outcomes;
    }

    public Settings settings() {
        return settings;
    }

    public KeyLedger under(String sub) {
        return new KeyLedger(settings.under(sub), outcomes);
    }

    public void mapped(String key, String detail) {
        record(key, KeyStatus.MAPPED, detail);
    }

    public void changed(String key, String detail) {
        record(key, KeyStatus.CHANGED, detail);
    }

    public void unsupported(String key, String detail) {
        record(key, KeyStatus.UNSUPPORTED, detail);
    }

    /** Records a key's outcome, if the component sets that key (a default needs no entry). */
    public void record(String key, KeyStatus status, String detail) {
        PropertyLine entry = settings.entries().get(key);
        if (entry != null) {
            outcomes.put(settings.fullKey(key), new KeyOutcome(settings.fullKey(key), entry.line(), entry.value(),
                    status, detail));
        }
    }

    public boolean recorded(String key) {
        return outcomes.containsKey(settings.fullKey(key));
    }

    /** Gives every key of this view that has no outcome yet the one given. */
    public void finish(KeyStatus status, String detail) {
        settings.entries().keySet().stream().filter(key -> !recorded(key)).forEach(key -> record(key, status, detail));
    }

    /** Gives every key of this view the outcome given, replacing what was recorded. */
    public void override(KeyStatus status, String detail) {
        settings.entries().keySet().forEach(key -> record(key, status, detail));
    }

    /** Every outcome recorded through this ledger or its views, in line order. */
    public List<KeyOutcome> outcomes() {
        return outcomes.values().stream().sorted(Comparator.comparingInt(KeyOutcome::line)).toList();
    }
}
