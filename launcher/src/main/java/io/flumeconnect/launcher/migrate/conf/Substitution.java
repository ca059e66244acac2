package io.flumeconnect.launcher.migrate.conf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.StringSubstitutor;
import org.apache.commons.text.lookup.DefaultStringLookup;
import org.apache.commons.text.lookup.StringLookup;
import org.apache.commons.text.lookup.StringLookupFactory;

/**
 * Flume 1.11's substitution in values (its {@code MapResolver}, with the same library): {@code ${env:VAR}},
 * {@code ${sys:prop}}, {@code ${java:..}}, {@code ${date:..}}, {@code ${name:-default}}, nesting, and a plain
 * {@code ${name}} from the file's other properties, then from the environment (Flume's
 * {@code -DpropertiesImplementation=org.apache.flume.node.EnvVarResolverProperties}). What nothing resolves stays
 * as written ({@link #unresolved(PropertyLine)}).
 */
public final class Substitution {
    private final Map<String, String> environment;
    private final Map<String, String> systemProperties;

    public Substitution(Map<String, String> environment, Map<String, String> systemProperties) {
        this.environment = environment;
        this.systemProperties = systemProperties;
    }

    /** Substitution from this process's environment and system properties. */
    public static Substitution ofThisProcess() {
        Map<String, String> system = new HashMap<>();
        System.getProperties().forEach((k, v) -> system.put(k.toString(), v.toString()));
        return new Substitution(System.getenv(), system);
    }

    public List<PropertyLine> resolve(List<PropertyLine> entries) {
        Map<String, String> file = new HashMap<>();
        entries.forEach(e -> file.put(e.key(), e.value()));
        StringLookup plain = key -> file.containsKey(key) ? file.get(key) : environment.get(key);
        Map<String, StringLookup> prefixed = Map.of(
                "env", StringLookupFactory.INSTANCE.mapStringLookup(environment),
                "sys", StringLookupFactory.INSTANCE.mapStringLookup(systemProperties),
                "java", DefaultStringLookup.JAVA.getStringLookup(),
                "date", DefaultStringLookup.DATE.getStringLookup());
        StringLookup all = StringLookupFactory.INSTANCE.interpolatorStringLookup(prefixed, plain, false);
        StringSubstitutor substitutor = new StringSubstitutor(all);
        substitutor.setEnableSubstitutionInVariables(true);
        return entries.stream().map(e -> e.withValue(substitutor.replace(e.value()))).toList();
    }

    /** Whether a {@code ${..}} is left in the value because nothing defined it. */
    public static boolean unresolved(PropertyLine entry) {
        return entry.value().contains("${");
    }
}
