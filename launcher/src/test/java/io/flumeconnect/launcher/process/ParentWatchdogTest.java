package io.flumeconnect.launcher.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A launcher killed with SIGKILL (or whose terminal closed) takes its broker and worker with it: the child,
 * in a session of its own, notices that the launcher is gone and exits.
 */
class ParentWatchdogTest {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path dir;

    @Test
    void aChildStopsWhenItsLauncherIsKilled() throws Exception {
        Process launcher = startLauncher();
        ProcessHandle child;
        try {
            child = ProcessHandle.of(childPid(launcher)).orElseThrow();
            assertThat(child.isAlive()).as("the child runs while its launcher does").isTrue();
        } finally {
            launcher.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        assertThat(child.onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
        assertThat(Files.readString(dir.resolve("child.log"))).contains("the launcher is gone");
    }

    @Test
    void aChildWithNoDescriptorFreeKeepsRunningWhileItsLauncherRunsAndStopsWhenItIsKilled() throws Exception {
        assumeTrue(OpenFileLimit.prlimitAvailable(), "prlimit (util-linux) is not installed: it is what leaves "
                + "the child no descriptor free");
        Process launcher = startLauncher();
        ProcessHandle child;
        try {
            child = ProcessHandle.of(childPid(launcher)).orElseThrow();
            awaitSleeping(dir.resolve("child.log"));
            OpenFileLimit.of(child.pid()).leaveNoneFree();
            // The JDK's onExit looks at a non-child every few hundred ms; a few seconds are many looks.
            assertThat(child.onExit().completeOnTimeout(child, 5, TimeUnit.SECONDS).get().isAlive())
                    .as("the child, unable to open anything, still runs while its launcher does; its output: %s",
                            Files.readString(dir.resolve("child.log"))).isTrue();
        } finally {
            launcher.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        assertThat(child.onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
        assertThat(Files.readString(dir.resolve("child.log"))).contains("the launcher is gone");
    }

    @Test
    void theRealMainClassRunsWithItsArguments() throws Exception {
        Path log = dir.resolve("echo.log");
        JavaProcess.runToCompletion("echo", System.getProperty("java.class.path"), List.of(),
                Echo.class.getName(), List.of("a", "b c"), log);

        assertThat(Files.readString(log)).contains("[a, b c]");
    }

    /** A {@link FakeLauncher}, its child's output in {@code child.log}. */
    private Process startLauncher() throws IOException {
        return new ProcessBuilder(JAVA, "-cp", System.getProperty("java.class.path"),
                FakeLauncher.class.getName(), dir.resolve("child.log").toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Waits until the child's JVM has started and runs the real main class (it opened its class path). */
    private static void awaitSleeping(Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!Files.readString(log).contains(Sleeper.SLEEPING)) {
            assertThat(System.nanoTime()).as("the child did not start in 60 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static long childPid(Process launcher) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8));
        String line = Optional.ofNullable(out.readLine()).orElseThrow(() -> new AssertionError("the launcher printed nothing"));
        return Long.parseLong(line.trim());
    }

    /** Starts a child that would run forever, prints its pid, and waits. */
    public static final class FakeLauncher {
        public static void main(String[] args) throws Exception {
            JavaProcess child = JavaProcess.start("sleeper", System.getProperty("java.class.path"), List.of(),
                    Sleeper.class.getName(), List.of(), Path.of(args[0]));
            System.out.println(child.pid());
            System.out.flush();
            Thread.sleep(Duration.ofMinutes(5).toMillis());
        }
    }

    public static final class Sleeper {
        static final String SLEEPING = "sleeping";

        public static void main(String[] args) throws InterruptedException {
            System.out.println(SLEEPING);
            Thread.sleep(Duration.ofMinutes(5).toMillis());
        }
    }

    public static final class Echo {
        public static void main(String[] args) {
            System.out.println(List.of(args));
        }
    }
}
