package io.flumeconnect.launcher.migrate.mapping.source;

import io.flumeconnect.launcher.migrate.mapping.KeyLedger;
import io.flumeconnect.launcher.migrate.mapping.KeyStatus;
import io.flumeconnect.launcher.migrate.mapping.Mapped;
import io.flumeconnect.launcher.migrate.model.SourceDef;
import java.util.List;

/** The registry of source mappers, by Flume type; a type not listed is a custom source class. */
public final class SourceMappers {
    private static final List<SourceMapper> MAPPERS = List.of(
            new TaildirSourceMapper(),
            new ExecTailSourceMapper(),
            new SpoolDirSourceMapper(),
            new SyslogSourceMapper(),
            new MultiportSyslogSourceMapper(),
            new NetcatSourceMapper(),
            new HttpSourceMapper(),
            new AvroSourceMapper(),
            new UnsupportedSource(List.of("kafka", "org.apache.flume.source.kafka.kafkasource"),
                    "its events are in Kafka already; let the sink connectors read that topic (or mirror it with "
                            + "MirrorMaker 2 when it is on another cluster)"),
            new UnsupportedSource(List.of("jms", "org.apache.flume.source.jms.jmssource"),
                    "use a JMS source connector, e.g. Confluent's JMS Source Connector"),
            new UnsupportedSource(List.of("thrift", "org.apache.flume.source.thriftsource", "scribe",
                    "org.apache.flume.source.scribe.scribesource"),
                    "no Thrift listener here; clients can send to the Flume Avro source with Flume's avro RPC "
                            + "client, or produce to Kafka directly"),
            new UnsupportedSource(List.of("netcatudp", "org.apache.flume.source.netcatudpsource"),
                    "no UDP line listener in this build"),
            new UnsupportedSource(List.of("seq", "org.apache.flume.source.sequencegeneratorsource", "stress",
                    "org.apache.flume.source.stresssource"),
                    "a test source; Kafka's kafka-producer-perf-test makes test load"),
            new UnsupportedSource(List.of("org.apache.flume.source.twitter.twittersource"),
                    "Twitter's API it used is gone"));

    private SourceMappers() {
    }

    public static Mapped map(SourceDef source, KeyLedger keys) {
        String type = source.component().typeKey();
        return MAPPERS.stream().filter(m -> m.types().contains(type)).findFirst()
                .map(m -> m.map(source, keys))
                .orElseGet(() -> {
                    keys.finish(KeyStatus.UNSUPPORTED, "a custom source's keys");
                    return Mapped.noConnector(KeyStatus.UNSUPPORTED, "custom source class " + source.component().type()
                            + ": port it to a Connect SourceConnector, or have it produce to Kafka");
                });
    }
}
