package io.flumeconnect.launcher.migrate.mapping.source;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code tail -F}/{@code tail -f} command line of an exec source: the files it follows, whether it follows
 * names across rotation ({@code -F}) and whether it starts from the beginning ({@code -n +N}).
 */
record TailCommand(List<String> files, boolean byName, boolean fromBeginning) {
    /** Parses a tail command line; {@link IllegalArgumentException} says why it is not one this maps. */
    static TailCommand parse(String command) {
        if (command.matches(".*[|;&<>`$()].*")) {
            throw new IllegalArgumentException("a shell pipeline or substitution, not a plain tail command");
        }
        List<String> words = new ArrayList<>(List.of(command.replace("\"", "").replace("'", "").trim().split("\\s+")));
        String program = words.remove(0);
        if (!program.equals("tail") && !program.endsWith("/tail")) {
            throw new IllegalArgumentException("runs " + program + ", not tail");
        }
        boolean follow = false;
        boolean byName = false;
        boolean fromBeginning = false;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("-F") || word.equals("--follow=name")) {
                follow = byName = true;
            } else if (word.equals("-f") || word.equals("--follow") || word.equals("--follow=descriptor")) {
                follow = true;
            } else if ((word.equals("-n") || word.equals("--lines")) && i + 1 < words.size()) {
                fromBeginning = fromStart(words.get(++i));
            } else if (word.startsWith("--lines=") || (word.startsWith("-n") && word.length() > 2)) {
                fromBeginning = fromStart(word.substring(word.startsWith("-n") ? 2 : "--lines=".length()));
            } else if (word.equals("--retry") || word.equals("-q") || word.equals("--quiet")) {
                continue;
            } else if (word.startsWith("-")) {
                throw new IllegalArgumentException("tail option " + word + " is not one the tail source can mirror");
            } else if (!word.startsWith("/")) {
                throw new IllegalArgumentException("file " + word + " is relative; the tail source needs absolute paths");
            } else {
                files.add(word);
            }
        }
        if (!follow) {
            throw new IllegalArgumentException("tail without -f or -F reads once and exits");
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("tail names no file");
        }
        return new TailCommand(List.copyOf(files), byName, fromBeginning);
    }

    /** {@code +N} counts from the start: +0 and +1 are the whole file. */
    private static boolean fromStart(String lines) {
        return lines.startsWith("+") && Long.parseLong(lines.substring(1)) <= 1;
    }
}
