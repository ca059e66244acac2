package io.flumeconnect.sinks.hdfs;

import io.flumeconnect.common.config.ConfigValidation;
import io.flumeconnect.sinks.file.engine.RollingFileConfig;
import io.flumeconnect.sinks.file.engine.RollingFileSinkConnector;
import io.flumeconnect.sinks.hdfs.format.HadoopFormats;
import java.io.File;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;

/**
 * Flume's {@code hdfs} sink: rolling text, JSON-lines, Avro, Flume avro_event or SequenceFiles on HDFS (or any Hadoop file system),
 * with the same exactly-once engine as {@code FileSinkConnector}.
 */
public final class HdfsSinkConnector extends RollingFileSinkConnector {
    public static final String OVERVIEW = "Writes records to rolling files on HDFS or any Hadoop FileSystem (Flume's hdfs sink), "
            + "exactly once: each file is written under a hidden temporary name, hsync'ed, and renamed to a name that carries "
            + "its topic, partition and first and last offset. On start and after a rebalance each partition continues after "
            + "the last committed file, even when the consumer group's offsets are lost; temporary files a crashed writer left "
            + "open are closed by lease recovery and removed. Uses Hadoop's shaded client. See docs/file-sinks.md.";

    @Override
    protected void parse(Map<String, String> props) {
        new HdfsSinkConfig(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return HdfsSinkTask.class;
    }

    @Override
    protected void validateSink(Config result, Map<String, String> configs) {
        validateHadoop(result, configs);
        HadoopFormats.validate(result, configs.getOrDefault(RollingFileConfig.FORMAT, "text"),
                configs.getOrDefault(RollingFileConfig.COMPRESSION, "none"));
    }

    private static void validateHadoop(Config result, Map<String, String> configs) {
        String principal = configs.getOrDefault(HdfsSinkConfig.KERBEROS_PRINCIPAL, "");
        String keytab = configs.getOrDefault(HdfsSinkConfig.KERBEROS_KEYTAB, "");
        String user = configs.getOrDefault(HdfsSinkConfig.HDFS_USER, "");
        if (principal.isEmpty() != keytab.isEmpty()) {
            ConfigValidation.addError(result, "Kerberos needs both a principal and a keytab",
                    HdfsSinkConfig.KERBEROS_PRINCIPAL, HdfsSinkConfig.KERBEROS_KEYTAB);
        } else if (!keytab.isEmpty() && !new File(keytab).canRead()) {
            ConfigValidation.addError(result, "keytab " + keytab + " is not a readable file on this worker",
                    HdfsSinkConfig.KERBEROS_KEYTAB);
        }
        if (!principal.isEmpty() && !principal.contains("@")) {
            ConfigValidation.addError(result, "a Kerberos principal has a realm: name/host@REALM", HdfsSinkConfig.KERBEROS_PRINCIPAL);
        }
        if (!principal.isEmpty() && !user.isEmpty()) {
            ConfigValidation.addError(result, "with Kerberos the files are written as the principal; leave hdfs.user empty",
                    HdfsSinkConfig.HDFS_USER, HdfsSinkConfig.KERBEROS_PRINCIPAL);
        }
        String confDir = configs.getOrDefault(HdfsSinkConfig.HADOOP_CONF_DIR, "");
        if (!confDir.isEmpty() && !new File(confDir).isDirectory()) {
            ConfigValidation.addError(result, confDir + " is not a directory on this worker", HdfsSinkConfig.HADOOP_CONF_DIR);
        }
    }

    @Override
    public ConfigDef config() {
        return HdfsSinkConfig.CONFIG_DEF;
    }
}
