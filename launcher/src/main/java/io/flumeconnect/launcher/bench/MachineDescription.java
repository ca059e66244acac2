package io.flumeconnect.launcher.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** The facts about the machine that a benchmark figure is meaningless without. */
record MachineDescription(int cores, String cpu, long memoryBytes, String os, String jvm) {
    static MachineDescription current() {
        Runtime runtime = Runtime.getRuntime();
        return new MachineDescription(runtime.availableProcessors(), cpuModel().orElse("unknown CPU"),
                totalMemory().orElse(-1L),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    }

    String describe() {
        String memory = memoryBytes < 0 ? "unknown memory" : "%.1f GiB RAM".formatted(memoryBytes / (double) (1L << 30));
        return "%d cores (%s), %s, %s, %s".formatted(cores, cpu, memory, os, jvm);
    }

    private static Optional<String> cpuModel() {
        return procLines("/proc/cpuinfo").filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst();
    }

    private static Optional<Long> totalMemory() {
        return procLines("/proc/meminfo").filter(line -> line.startsWith("MemTotal:"))
                .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024).findFirst();
    }

    private static Stream<String> procLines(String file) {
        try {
            return Files.readAllLines(Path.of(file)).stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }
}
