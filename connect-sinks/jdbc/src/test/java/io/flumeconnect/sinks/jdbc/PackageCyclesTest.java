package io.flumeconnect.sinks.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin's packages depend on each other in one direction only, as the JDK's {@code jdeps} reads the classes. */
class PackageCyclesTest {
    private static final Pattern EDGE = Pattern.compile("\"([^\"]+)\"\\s*->\\s*\"([^\" ]+)[^\"]*\";");

    @TempDir
    Path dot;

    @Test
    void noPackageDependsOnAPackageThatDependsOnIt() throws IOException, URISyntaxException {
        Map<String, Set<String>> uses = dependencies();
        assertThat(uses).as("jdeps found the packages").containsKeys("io.flumeconnect.sinks.jdbc", "io.flumeconnect.sinks.jdbc.row");

        List<String> cycles = new ArrayList<>();
        for (String from : uses.keySet()) {
            for (String to : uses.get(from)) {
                if (reaches(uses, to, from, new HashSet<>())) {
                    cycles.add(from + " -> " + to);
                }
            }
        }
        assertThat(cycles).as("dependencies that lead back to their package").isEmpty();
    }

    private Map<String, Set<String>> dependencies() throws IOException, URISyntaxException {
        Path classes = Path.of(JdbcSinkTask.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        StringWriter out = new StringWriter();
        int exit = ToolProvider.findFirst("jdeps").orElseThrow().run(new PrintWriter(out), new PrintWriter(out),
                "--dot-output", dot.toString(), "-verbose:package", "-e", "io\\.flumeconnect\\.sinks\\.jdbc.*",
                classes.toString());
        assertThat(exit).as(out.toString()).isZero();
        Map<String, Set<String>> uses = new HashMap<>();
        Matcher edge = EDGE.matcher(Files.readString(dot.resolve(classes.getFileName() + ".dot")));
        while (edge.find()) {
            uses.computeIfAbsent(edge.group(1), k -> new HashSet<>()).add(edge.group(2));
        }
        return uses;
    }

    private static boolean reaches(Map<String, Set<String>> uses, String from, String target, Set<String> visited) {
        if (from.equals(target)) {
            return true;
        }
        return visited.add(from) && uses.getOrDefault(from, Set.of()).stream().anyMatch(next -> reaches(uses, next, target, visited));
    }
}
