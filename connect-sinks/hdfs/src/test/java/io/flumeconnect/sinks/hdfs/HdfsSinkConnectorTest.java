package io.flumeconnect.sinks.hdfs;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.common.config.ConfigReference;
import io.flumeconnect.common.config.ConfigValidation;
import io.flumeconnect.testkit.ReferenceDocs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HdfsSinkConnectorTest {
    @TempDir
    Path dir;

    @Test
    void referencePageIsCurrent() throws IOException {
        ReferenceDocs.verify("hdfs-sink/HdfsSinkConnector.md",
                ConfigReference.markdown("HdfsSinkConnector", HdfsSinkConnector.OVERVIEW, HdfsSinkConfig.CONFIG_DEF));
    }

    @Test
    void aMinimalConfigIsValid() {
        assertThat(errors(Map.of())).isEmpty();
        assertThat(errors(Map.of("hdfs.path", "/flume/events"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"relative/dir", "hdfs://nn:8020/flume/%Y", "hdfs://nn/../etc", ""})
    void hdfsPathMustBeAnAbsoluteRootWithoutEscapes(String path) {
        assertThat(errors(Map.of("hdfs.path", path))).containsKey("hdfs.path");
    }

    @Test
    void kerberosNeedsAPrincipalWithARealmAndAReadableKeytab() throws IOException {
        assertThat(errors(Map.of("hdfs.kerberos.principal", "flume/_HOST@EXAMPLE.COM")))
                .containsKeys("hdfs.kerberos.principal", "hdfs.kerberos.keytab");
        assertThat(errors(Map.of("hdfs.kerberos.keytab", "/etc/flume.keytab")))
                .containsKeys("hdfs.kerberos.principal", "hdfs.kerberos.keytab");
        assertThat(errors(Map.of("hdfs.kerberos.principal", "flume@EXAMPLE.COM", "hdfs.kerberos.keytab", "/no/such.keytab")))
                .containsOnlyKeys("hdfs.kerberos.keytab");
        Path keytab = Files.writeString(dir.resolve("flume.keytab"), "not checked here");
        assertThat(errors(Map.of("hdfs.kerberos.principal", "flume", "hdfs.kerberos.keytab", keytab.toString())))
                .containsOnlyKeys("hdfs.kerberos.principal");
        assertThat(errors(Map.of("hdfs.kerberos.principal", "flume/_HOST@EXAMPLE.COM", "hdfs.kerberos.keytab", keytab.toString())))
                .isEmpty();
        assertThat(errors(Map.of("hdfs.kerberos.principal", "flume@EXAMPLE.COM", "hdfs.kerberos.keytab", keytab.toString(),
                "hdfs.user", "etl"))).containsKeys("hdfs.user", "hdfs.kerberos.principal");
    }

    @Test
    void flumesFormatsAndHadoopsCodecsAreOffered() {
        for (String compression : List.of("none", "gzip", "snappy", "bzip2", "lz4")) {
            assertThat(errors(Map.of("format", "sequencefile", "compression", compression, "sequencefile.value", "text",
                    "sequencefile.compression.type", "record"))).as(compression).isEmpty();
            assertThat(errors(Map.of("format", "text", "compression", compression))).as(compression).isEmpty();
        }
        assertThat(errors(Map.of("format", "avro_event", "compression", "gzip"))).isEmpty();
    }

    @Test
    void pairsHadoopCannotWriteAreRefusedOnBothKeys() {
        assertThat(errors(Map.of("format", "sequencefile", "compression", "zstd"))).containsOnlyKeys("format", "compression");
        assertThat(errors(Map.of("format", "avro_event", "compression", "bzip2"))).containsOnlyKeys("format", "compression");
        assertThat(errors(Map.of("sequencefile.value", "json"))).containsOnlyKeys("sequencefile.value");
    }

    @Test
    void theLz4FrameFormatIsRefusedSoHadoopsLz4CodecIsNotTakenForIt() {
        assertThat(errors(Map.of("format", "text", "compression", "lz4_frame"))).containsOnlyKeys("compression")
                .extractingByKey("compression").asList().first().asString().contains("on HDFS use lz4");
        assertThat(errors(Map.of("format", "sequencefile", "compression", "lz4_frame"))).containsKey("compression");
    }

    @Test
    void hadoopConfDirMustExist() {
        assertThat(errors(Map.of("hadoop.conf.dir", dir.resolve("missing").toString()))).containsKey("hadoop.conf.dir");
        assertThat(errors(Map.of("hadoop.conf.dir", dir.toString()))).isEmpty();
    }

    @Test
    void theEngineChecksApplyToo() {
        assertThat(errors(Map.of("path.template", "../x"))).containsKey("path.template");
        assertThat(errors(Map.of("time.source", "field"))).containsKeys("time.source", "time.field");
    }

    private static Map<String, List<String>> errors(Map<String, String> overrides) {
        Map<String, String> props = new HashMap<>(Map.of("hdfs.path", "hdfs://namenode:8020/flume/events"));
        props.putAll(overrides);
        return ConfigValidation.errors(new HdfsSinkConnector().validate(props));
    }
}
