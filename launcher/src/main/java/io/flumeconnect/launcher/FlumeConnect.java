package io.flumeconnect.launcher;

import io.flumeconnect.launcher.bench.BenchCommand;
import io.flumeconnect.launcher.migrate.MigrateCommand;
import io.flumeconnect.launcher.quickstart.QuickstartCommand;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** {@code bin/flume-connect COMMAND ...}: the entry point of the launcher. */
public final class FlumeConnect {
    private static final List<Command> COMMANDS = List.of(new QuickstartCommand(), new BenchCommand(),
            new MigrateCommand());

    private FlumeConnect() {
    }

    public static void main(String[] args) throws InterruptedException {
        int exitCode;
        try {
            exitCode = run(Arrays.asList(args));
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            // The message says what failed and where its log is; a stack trace would only bury it.
            System.err.println("flume-connect: " + messages(e));
            exitCode = 1;
        }
        System.exit(exitCode);
    }

    private static String messages(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            text.append("\n  caused by: ").append(cause);
        }
        return text.toString();
    }

    static int run(List<String> args) throws Exception {
        Optional<Command> command = args.isEmpty() ? Optional.empty()
                : COMMANDS.stream().filter(c -> c.name().equals(args.get(0))).findFirst();
        if (command.isEmpty()) {
            System.err.println("usage:");
            COMMANDS.forEach(c -> System.err.printf("  bin/flume-connect %s %s%n", c.name(), c.usage()));
            return 2;
        }
        List<String> commandArgs = args.subList(1, args.size());
        if (commandArgs.contains("--help") || commandArgs.contains("-h")) {
            System.out.printf("usage: bin/flume-connect %s %s%n", command.get().name(), command.get().usage());
            return 0;
        }
        return command.get().run(commandArgs, LauncherHome.fromSystemProperties());
    }
}
