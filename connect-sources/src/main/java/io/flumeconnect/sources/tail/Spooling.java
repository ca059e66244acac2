package io.flumeconnect.sources.tail;

import io.flumeconnect.sources.tail.TailSourceConfig.CompletedAction;
import io.flumeconnect.sources.tail.TailSourceConfig.StartPosition;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Flume's spooling directory as tail settings: which found files are not read ({@code ignore.pattern}, and with
 * {@code completed.action=rename} the names that end with the suffix) and what happens to a finished file.
 *
 * @param ignore the whole-name pattern of files not read, or null
 */
record Spooling(CompletedAction action, String suffix, Pattern ignore) {

    /** True when {@code path} is not to be read although a glob matches it. */
    boolean skips(Path path) {
        String name = path.getFileName().toString();
        return (action == CompletedAction.RENAME && name.endsWith(suffix))
                || (ignore != null && ignore.matcher(name).matches());
    }

    /** Why {@code action} and {@code start} do not go together, or null. */
    static String problem(CompletedAction action, StartPosition start) {
        return action != CompletedAction.NONE && start == StartPosition.END
                ? "a file is renamed or deleted once read, so it must be read from its beginning: set "
                        + TailSourceConfig.START_POSITION_CONFIG + "=beginning" : null;
    }
}
