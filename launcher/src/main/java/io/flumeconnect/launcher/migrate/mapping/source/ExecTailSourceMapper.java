package io.flumeconnect.launcher.migrate.mapping.source;

import io.flumeconnect.launcher.migrate.mapping.KeyLedger;
import io.flumeconnect.launcher.migrate.mapping.KeyStatus;
import io.flumeconnect.launcher.migrate.mapping.Mapped;
import io.flumeconnect.launcher.migrate.model.SourceDef;
import java.util.List;
import java.util.Map;

/** Flume's {@code exec} source running {@code tail -F} or {@code tail -f}: the tail source on the same files. */
final class ExecTailSourceMapper implements SourceMapper {
    @Override
    public List<String> types() {
        return List.of("exec", "org.apache.flume.source.execsource");
    }

    @Override
    public Mapped map(SourceDef source, KeyLedger keys) {
        String command = keys.settings().get("command", "").trim();
        TailCommand tail;
        try {
            tail = TailCommand.parse(command);
        } catch (IllegalArgumentException e) {
            keys.unsupported("command", e.getMessage());
            keys.finish(KeyStatus.UNSUPPORTED, "an exec source that is not tail -F/-f has no connector");
            return Mapped.noConnector(KeyStatus.UNSUPPORTED, "no connector: only an exec source running tail -F or "
                    + "tail -f maps (to the tail source); have the command write a log file and tail that instead");
        }
        Map<String, String> config = TailConnector.config();
        config.put("files", String.join(",", tail.files()));
        config.put("start.position", tail.fromBeginning() ? "beginning" : "end");
        config.put("record.headers", "");
        keys.changed("command", "files=" + String.join(",", tail.files()) + ", start.position="
                + (tail.fromBeginning() ? "beginning" : "end") + (tail.fromBeginning() ? "" : " (tail printed the "
                + "last lines first, again at every restart, and lost what was written while it was down; the tail "
                + "source starts at the end once and then resumes from its offsets)")
                + (tail.byName() ? "" : "; tail -f stayed on a rotated-away file, the tail source follows the "
                + "name across rotation as tail -F does"));
        keys.changed("shell", "no process is started");
        keys.changed("restart", "no process to restart; a failed task is restarted over Connect's REST API");
        keys.changed("restartThrottle", "no process to restart");
        keys.changed("logStdErr", "no process, no stderr");
        keys.changed("batchTimeout", "a poll returns the lines it finds at once");
        TailConnector.batchSize(keys, config);
        keys.settings().get("charset").ifPresent(charset -> {
            config.put("charset", charset.trim());
            keys.mapped("charset", "charset");
        });
        keys.finish(KeyStatus.UNSUPPORTED, "not a key of Flume's exec source");
        return Mapped.connector(config, "the tail source (TailSourceConnector) on the files tail followed; run it "
                + "on a worker on that host");
    }
}
