package io.flumeconnect.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/** The Connect plugin classes that the packaged plugin directories declare in {@code META-INF/services}. */
public final class DeclaredPlugins {
    private static final List<String> PLUGIN_TYPES = List.of(
            "org.apache.kafka.connect.source.SourceConnector",
            "org.apache.kafka.connect.sink.SinkConnector",
            "org.apache.kafka.connect.transforms.Transformation",
            "org.apache.kafka.connect.transforms.predicates.Predicate");

    private DeclaredPlugins() {
    }

    /** Every class declared by a jar in {@code <dir>/<plugin>/lib/} for each {@code dir} of a plugin.path. */
    public static Set<String> in(List<Path> pluginPath) throws IOException {
        Set<String> classes = new TreeSet<>();
        for (Path dir : pluginPath) {
            try (Stream<Path> jars = Files.find(dir, 3, (p, attrs) -> p.toString().endsWith(".jar"))) {
                for (Path jar : jars.toList()) {
                    classes.addAll(declaredIn(jar));
                }
            }
        }
        return classes;
    }

    private static Set<String> declaredIn(Path jar) throws IOException {
        Set<String> classes = new TreeSet<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (String type : PLUGIN_TYPES) {
                ZipEntry entry = file.getEntry("META-INF/services/" + type);
                if (entry != null) {
                    try (BufferedReader in = new BufferedReader(
                            new InputStreamReader(file.getInputStream(entry), StandardCharsets.UTF_8))) {
                        in.lines().map(line -> line.replaceFirst("#.*", "").trim()).filter(l -> !l.isEmpty())
                                .forEach(classes::add);
                    }
                }
            }
        }
        return classes;
    }
}
