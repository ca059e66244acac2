package io.flumeconnect.launcher;

import java.util.List;

/** A sub-command of {@code bin/flume-connect}. */
public interface Command {
    /** The word on the command line, e.g. {@code quickstart}. */
    String name();

    /** One line for the usage message, starting with the arguments. */
    String usage();

    /** Runs the command; the return value is the process's exit code. */
    int run(List<String> args, LauncherHome home) throws Exception;
}
