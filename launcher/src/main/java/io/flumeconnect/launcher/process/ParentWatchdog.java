package io.flumeconnect.launcher.process;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The main class of every child JVM the launcher starts: it runs the real main class, and exits the JVM
 * (cleanly, so a broker or worker runs its shutdown hooks) when the launcher's process is gone. The children
 * run in sessions of their own, so a launcher killed with SIGKILL, or a closed terminal, would otherwise
 * leave them running and holding their ports.
 *
 * <p>Arguments: {@code LAUNCHER_PID MAIN_CLASS [ARGS...]}.
 */
public final class ParentWatchdog {
    /** The child's exit code when its launcher disappeared. */
    static final int LAUNCHER_GONE = 143;

    private ParentWatchdog() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        watch(Long.parseLong(args[0]));
        String[] mainArgs = Arrays.copyOfRange(args, 2, args.length);
        try {
            Class.forName(args[1]).getMethod("main", String[].class).invoke(null, (Object) mainArgs);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(args[1] + " failed", e.getCause());
        }
    }

    /**
     * Calls {@link #launcherGone} once the launcher's process has ended. Where there is {@code /proc} (Linux), its
     * {@code /proc/PID/stat} is opened once and read again every second through that descriptor. The JDK's
     * {@link ProcessHandle#onExit} opens the file anew at every look and takes a failure to open it for the
     * process's end, so a child with no descriptor free ("too many open files") would stop although its launcher
     * runs. Read through the descriptor opened at start, the file fails (ESRCH) once that very process is gone;
     * a reused PID is another process.
     */
    private static void watch(long launcher) {
        FileChannel stat;
        try {
            stat = FileChannel.open(Path.of("/proc", Long.toString(launcher), "stat"));
        } catch (IOException e) {
            ProcessHandle.of(launcher).ifPresentOrElse(
                    parent -> parent.onExit().thenRun(ParentWatchdog::launcherGone),
                    ParentWatchdog::launcherGone);
            return;
        }
        Thread watchdog = new Thread(() -> {
            while (runs(stat)) {
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
            launcherGone();
        }, "flume-connect-launcher-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /** False once the process of {@code stat} is gone or a zombie (state {@code Z}, after its command's name). */
    private static boolean runs(FileChannel stat) {
        ByteBuffer buffer = ByteBuffer.allocate(512);
        try {
            stat.read(buffer, 0);
        } catch (IOException e) {
            return false;
        }
        String[] fields = ProcStat.fieldsAfterName(new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII));
        return fields.length == 0 || !fields[0].equals("Z");
    }

    private static void launcherGone() {
        System.err.println("flume-connect: the launcher is gone; stopping");
        System.exit(LAUNCHER_GONE);
    }
}
