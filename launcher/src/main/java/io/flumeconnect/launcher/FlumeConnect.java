package io.flumeconnect.launcher;

import io.flumeconnect.launcher.bench.BenchCommand;
import io.flumeconnect.launcher.quickstart.QuickstartCommand;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** {@code bin/flume-connect COMMAND ...}: the entry point of the launcher. */
public final class FlumeConnect {
    private static final List<Command> COMMANDS = List.of(new QuickstartCommand(), new BenchCommand());

    private FlumeConnect() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(Arrays.asList(args)));
    }

    static int run(List<String> args) throws Exception {
        Optional<Command> command = args.isEmpty() ? Optional.empty()
                : COMMANDS.stream().filter(c -> c.name().equals(args.get(0))).findFirst();
        if (command.isEmpty()) {
            System.err.println("usage:");
            COMMANDS.forEach(c -> System.err.printf("  bin/flume-connect %s %s%n", c.name(), c.usage()));
            return 2;
        }
        return command.get().run(args.subList(1, args.size()), LauncherHome.fromSystemProperties());
    }
}
