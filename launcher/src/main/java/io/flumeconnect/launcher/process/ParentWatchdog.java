package io.flumeconnect.launcher.process;

import java.lang.reflect.InvocationTargetException;
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
        long launcher = Long.parseLong(args[0]);
        ProcessHandle.of(launcher).ifPresentOrElse(
                parent -> parent.onExit().thenRun(ParentWatchdog::launcherGone),
                ParentWatchdog::launcherGone);
        String[] mainArgs = Arrays.copyOfRange(args, 2, args.length);
        try {
            Class.forName(args[1]).getMethod("main", String[].class).invoke(null, (Object) mainArgs);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(args[1] + " failed", e.getCause());
        }
    }

    private static void launcherGone() {
        System.err.println("flume-connect: the launcher is gone; stopping");
        System.exit(LAUNCHER_GONE);
    }
}
