package io.flumeconnect.launcher.migrate.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.launcher.migrate.conf.PropertiesReader;
import io.flumeconnect.launcher.migrate.conf.Substitution;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Configurations Flume itself would refuse or drop are errors naming the line; what Flume ignores, warnings. */
class AgentParserTest {
    private static FlumeConfig parse(String text) {
        return FlumeConfReader.read(text, new Substitution(Map.of(), Map.of()));
    }

    private static String errors(String text) {
        return String.join("\n", parse(text).problems().stream().filter(Problem::isError)
                .map(p -> p.format("flume.conf")).toList());
    }

    @Test
    void aSourceWithoutChannelsIsAnErrorOnItsTypeLine() {
        assertThat(errors("""
                a1.sources = r1
                a1.channels = c1
                a1.sources.r1.type = TAILDIR
                a1.channels.c1.type = memory
                """)).isEqualTo("flume.conf:3: source r1 of agent a1 has no channels (a1.sources.r1.channels is not set)");
    }

    @Test
    void aSinkOnAnUnknownChannelIsAnErrorOnItsChannelLine() {
        assertThat(errors("""
                a1.channels = c1
                a1.sinks = k1
                a1.channels.c1.type = memory
                a1.sinks.k1.type = logger
                a1.sinks.k1.channel = c9
                """)).isEqualTo("flume.conf:5: sink k1 of agent a1 reads channel c9, which a1.channels does not define");
    }

    @Test
    void anAgentWithoutChannelsAndAComponentWithoutTypeAreErrors() {
        assertThat(errors("""
                a1.sources = r1
                a1.sources.r1.type = seq
                a1.sources.r1.channels = c1
                """)).contains("flume.conf:1: agent a1 does not contain any channels")
                .contains("flume.conf:3: source r1 of agent a1 writes to channel c1, which a1.channels does not define");
        assertThat(errors("""
                a1.channels = c1
                a1.sinks = k1
                a1.sinks.k1.channel = c1
                """)).contains("flume.conf:1: the channel c1 of agent a1 has no type")
                .contains("flume.conf:2: the sink k1 of agent a1 has no type");
    }

    @Test
    void aSelectorChannelOutsideTheSourcesChannelsIsAnError() {
        assertThat(errors("""
                a1.sources = r1
                a1.channels = c1 c2
                a1.channels.c1.type = memory
                a1.channels.c2.type = memory
                a1.sources.r1.type = seq
                a1.sources.r1.channels = c1
                a1.sources.r1.selector.type = multiplexing
                a1.sources.r1.selector.mapping.X = c2
                """)).isEqualTo("flume.conf:8: source r1 of agent a1: selector channel c2 is not one of the source's "
                + "channels [c1]");
    }

    @Test
    void agentsSendingToEachOtherInACycleIsAnErrorNamingTheHops() {
        String hop = """
                %1$s.sources = in
                %1$s.channels = c
                %1$s.sinks = out
                %1$s.channels.c.type = memory
                %1$s.sources.in.type = avro
                %1$s.sources.in.bind = 0.0.0.0
                %1$s.sources.in.port = %2$d
                %1$s.sources.in.channels = c
                %1$s.sinks.out.type = avro
                %1$s.sinks.out.channel = c
                %1$s.sinks.out.hostname = localhost
                %1$s.sinks.out.port = %3$d
                """;
        String text = hop.formatted("a", 4141, 4242) + hop.formatted("b", 4242, 4141);

        assertThat(errors(text)).isEqualTo("flume.conf:12: agents send events in a cycle: a (sink out, line 12) -> "
                + "b (sink out, line 24) -> a");
        assertThat(errors(hop.formatted("a", 4141, 4242) + hop.formatted("b", 4242, 5000))).isEmpty();
    }

    @Test
    void whatFlumeIgnoresIsAWarningWithItsLine() {
        FlumeConfig config = parse("""
                a1.sources = r1
                a1.channels = c1
                a1.channels.c1.type = memory
                a1.sources.r1.type = seq
                a1.sources.r1.channels = c1
                a1.sources.r2.type = seq
                a1.sources.r1.batchSize =
                loose = 1
                """);

        assertThat(config.hasErrors()).isFalse();
        assertThat(config.problems()).extracting(p -> p.format("f")).containsExactlyInAnyOrder(
                "f:7: warning: a1.sources.r1.batchSize has an empty value; Flume ignores it",
                "f:8: warning: loose does not start with an agent name and a key (agent.sources...); Flume ignores it",
                "f:6: warning: a1.sources.r2 is configured but not listed in a1.sources; Flume ignores it, and so "
                        + "does the migration");
        assertThat(config.agents().get(0).sources()).containsOnlyKeys("r1");
    }
}
