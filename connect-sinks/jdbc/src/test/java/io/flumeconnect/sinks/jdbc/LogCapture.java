package io.flumeconnect.sinks.jdbc;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.Property;

/** Every log line of every logger at every level while open (with its exception), for tests; levels restored on close. */
public final class LogCapture implements AutoCloseable {
    private static final String PLUGIN = "io.flumeconnect";

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final AbstractAppender appender = new AbstractAppender("capture", null, null, true, Property.EMPTY_ARRAY) {
        @Override
        public void append(LogEvent event) {
            lines.add(event.getMessage().getFormattedMessage() + (event.getThrown() == null ? "" : " " + event.getThrown()));
        }
    };
    private final Level rootLevel = LogManager.getRootLogger().getLevel();
    private final Level pluginLevel = LogManager.getLogger(PLUGIN).getLevel();

    public LogCapture() {
        appender.start();
        context().getConfiguration().getRootLogger().addAppender(appender, Level.ALL, null);
        Configurator.setRootLevel(Level.ALL);
        Configurator.setLevel(PLUGIN, Level.ALL);
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        context().getConfiguration().getRootLogger().removeAppender(appender.getName());
        Configurator.setRootLevel(rootLevel);
        Configurator.setLevel(PLUGIN, pluginLevel);
        appender.stop();
    }

    private static LoggerContext context() {
        return (LoggerContext) LogManager.getContext(false);
    }
}
