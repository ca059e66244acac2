package io.flumeconnect.launcher.process;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The broker and worker processes still running, stopped newest first (the worker before its broker) when
 * the launcher's JVM exits for any reason: Ctrl-C, an error, or an exit half-way through starting. The
 * children run in sessions of their own; when the launcher dies without running this hook (SIGKILL), each
 * child stops by itself ({@link ParentWatchdog}).
 */
final class ChildProcesses {
    private static final Deque<JavaProcess> LIVE = new ArrayDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ChildProcesses::stopAll, "stop-child-processes"));
    }

    private ChildProcesses() {
    }

    static synchronized void started(JavaProcess process) {
        LIVE.push(process);
    }

    static synchronized void stopped(JavaProcess process) {
        LIVE.remove(process);
    }

    private static void stopAll() {
        List<JavaProcess> running;
        synchronized (ChildProcesses.class) {
            running = List.copyOf(LIVE);
        }
        for (JavaProcess process : running) {
            System.out.println("Stopping " + process + "...");
            process.close();
        }
    }
}
