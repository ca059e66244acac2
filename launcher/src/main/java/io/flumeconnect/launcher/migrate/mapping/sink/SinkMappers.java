package io.flumeconnect.launcher.migrate.mapping.sink;

import io.flumeconnect.launcher.migrate.mapping.KeyLedger;
import io.flumeconnect.launcher.migrate.mapping.KeyStatus;
import io.flumeconnect.launcher.migrate.mapping.Mapped;
import io.flumeconnect.launcher.migrate.model.SinkDef;
import java.util.List;

/** The registry of sink mappers, by Flume type. */
public final class SinkMappers {
    private static final List<SinkMapper> MAPPERS = List.of(
            new HdfsSinkMapper(),
            new FileRollSinkMapper(),
            new NoConnectorSink(List.of("kafka", "org.apache.flume.sink.kafka.kafkasink"), KeyStatus.CHANGED,
                    "no connector: the events are in Kafka already, in %s; point the consumers of the sink's "
                            + "kafka.topic there (or mirror it with MirrorMaker 2 when kafka.bootstrap.servers is "
                            + "another cluster). Flume's useFlumeEventFormat wrapping is gone: values are the bodies, "
                            + "headers are Kafka headers"),
            new NoConnectorSink(List.of("avro", "org.apache.flume.sink.avrosink", "thrift",
                    "org.apache.flume.sink.thriftsink"), KeyStatus.CHANGED,
                    "no connector: Kafka replaces the agent-to-collector hop. The events are in %s, which the "
                            + "collector's sink connectors read directly (added to their topics when the collector "
                            + "is in the same file). During a staged migration keep this sink and point it at the "
                            + "Flume Avro source connector that replaces the collector's avro source (a thrift sink "
                            + "first becomes an avro sink: that source speaks Avro RPC only)"),
            new NoConnectorSink(List.of("logger", "org.apache.flume.sink.loggersink"), KeyStatus.CHANGED,
                    "no connector: to look at the events, read %s with kafka-console-consumer "
                            + "--property print.headers=true"),
            new NoConnectorSink(List.of("null", "org.apache.flume.sink.nullsink"), KeyStatus.CHANGED,
                    "no connector: Flume discarded these events; here they stay in %s until its retention ends"),
            new NoConnectorSink(List.of("hbase", "hbase2", "asynchbase", "org.apache.flume.sink.hbase.hbasesink",
                    "org.apache.flume.sink.hbase2.hbase2sink", "org.apache.flume.sink.hbase.asynchbasesink"),
                    KeyStatus.UNSUPPORTED, "no HBase sink in this suite: use an HBase sink connector, e.g. Confluent's "
                            + "HBase Sink Connector, on %s"),
            new NoConnectorSink(List.of("elasticsearch", "org.apache.flume.sink.elasticsearch.elasticsearchsink"),
                    KeyStatus.UNSUPPORTED, "no Elasticsearch sink in this suite: use Confluent's Elasticsearch Sink "
                            + "Connector (or OpenSearch's sink connector) on %s"),
            new NoConnectorSink(List.of("hive", "org.apache.flume.sink.hive.hivesink"), KeyStatus.UNSUPPORTED,
                    "no Hive sink in this suite: write %s with the HDFS sink under the table's location and add "
                            + "partitions with Hive, or use Confluent's HDFS 3 Sink Connector with hive.integration"),
            new NoConnectorSink(List.of("http", "org.apache.flume.sink.http.httpsink"), KeyStatus.UNSUPPORTED,
                    "no HTTP sink in this suite: use an HTTP sink connector (Confluent's HTTP Sink Connector or "
                            + "Aiven's http-connector-for-apache-kafka) on %s"),
            new NoConnectorSink(List.of("org.apache.flume.sink.solr.morphline.morphlinesolrsink"), KeyStatus.UNSUPPORTED,
                    "no Solr sink in this suite: use a Solr sink connector (e.g. Lucidworks' kafka-solr) on %s"),
            new NoConnectorSink(List.of("org.apache.flume.sink.kite.datasetsink"), KeyStatus.UNSUPPORTED,
                    "no Kite dataset sink: write %s with the HDFS sink (format=avro), or Confluent's HDFS 3 Sink "
                            + "Connector for Parquet"),
            new NoConnectorSink(List.of("irc", "org.apache.flume.sink.irc.ircsink"), KeyStatus.UNSUPPORTED,
                    "no IRC sink; nothing common replaces it"));

    private SinkMappers() {
    }

    public static Mapped map(SinkDef sink, KeyLedger keys, List<String> topics) {
        String type = sink.component().typeKey();
        return MAPPERS.stream().filter(m -> m.types().contains(type)).findFirst()
                .map(m -> m.map(sink, keys, topics))
                .orElseGet(() -> {
                    keys.finish(KeyStatus.UNSUPPORTED, "a custom sink's keys");
                    return Mapped.noConnector(KeyStatus.UNSUPPORTED, "custom sink class " + sink.component().type()
                            + ": port it to a Connect SinkConnector reading " + String.join(", ", topics));
                });
    }
}
