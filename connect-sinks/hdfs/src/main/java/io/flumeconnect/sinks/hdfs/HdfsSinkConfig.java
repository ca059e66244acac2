package io.flumeconnect.sinks.hdfs;

import io.flumeconnect.sinks.file.engine.RollingFileConfig;
import io.flumeconnect.sinks.file.engine.RollingFileSettings;
import io.flumeconnect.sinks.hdfs.format.HadoopFormats;
import java.time.Clock;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;

/** Configuration of {@link HdfsSinkConnector}: where on which file system, as whom; then the engine's settings. */
public final class HdfsSinkConfig extends AbstractConfig {
    public static final String HDFS_PATH = "hdfs.path";
    public static final String HADOOP_CONF_DIR = "hadoop.conf.dir";
    public static final String HDFS_USER = "hdfs.user";
    public static final String KERBEROS_PRINCIPAL = "hdfs.kerberos.principal";
    public static final String KERBEROS_KEYTAB = "hdfs.kerberos.keytab";
    public static final String LEASE_TIMEOUT = "hdfs.lease.recovery.timeout.ms";
    public static final String SEQUENCEFILE_VALUE = "sequencefile.value";
    public static final String SEQUENCEFILE_COMPRESSION_TYPE = "sequencefile.compression.type";

    public static final String GROUP_HADOOP = "Hadoop";

    public static final ConfigDef CONFIG_DEF = RollingFileConfig.define(new ConfigDef()
            .define(HDFS_PATH, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new HdfsPathValidator(), Importance.HIGH,
                    "Root directory of the files, as a URI: hdfs://namenode:8020/flume/events, or a path on the default "
                            + "file system of the Hadoop configuration (/flume/events). Flume's hdfs.path without its escapes; "
                            + "those go in path.template.",
                    RollingFileConfig.GROUP_PATHS, 1, Width.LONG, "HDFS path")
            .define(HADOOP_CONF_DIR, Type.STRING, "", Importance.MEDIUM,
                    "Directory holding core-site.xml and hdfs-site.xml (HA name services, replication, encryption...), "
                            + "read on each worker. Empty: Hadoop's defaults plus the URI in hdfs.path.",
                    GROUP_HADOOP, 1, Width.LONG, "Hadoop configuration directory")
            .define(HDFS_USER, Type.STRING, "", Importance.MEDIUM,
                    "With simple authentication: the user the files are written as (Flume's hdfs.proxyUser). Empty: the "
                            + "worker's OS user, or HADOOP_USER_NAME.",
                    GROUP_HADOOP, 2, Width.SHORT, "HDFS user")
            .define(KERBEROS_PRINCIPAL, Type.STRING, "", Importance.MEDIUM,
                    "Kerberos principal to log in as (Flume's hdfs.kerberosPrincipal), e.g. flume/_HOST@EXAMPLE.COM; _HOST "
                            + "becomes the worker's host name. Set together with hdfs.kerberos.keytab; both empty: no Kerberos.",
                    GROUP_HADOOP, 3, Width.MEDIUM, "Kerberos principal")
            .define(KERBEROS_KEYTAB, Type.STRING, "", Importance.MEDIUM,
                    "Keytab file of the principal on every worker (Flume's hdfs.kerberosKeytab).",
                    GROUP_HADOOP, 4, Width.LONG, "Kerberos keytab")
            .define(LEASE_TIMEOUT, Type.LONG, 60_000L, ConfigDef.Range.atLeast(0), Importance.LOW,
                    "How long recovery waits for the namenode to close a file left open by a crashed writer (lease "
                            + "recovery) before it fails and is retried.",
                    GROUP_HADOOP, 5, Width.SHORT, "Lease recovery timeout")
            .define(SEQUENCEFILE_VALUE, Type.STRING, "writable", ConfigDef.CaseInsensitiveValidString.in("writable", "text"),
                    Importance.MEDIUM,
                    "For format=sequencefile: the value class (Flume's hdfs.writeFormat), 'writable' a BytesWritable "
                            + "(Flume's default) or 'text' a Text holding the body. The key is a LongWritable: the "
                            + "'timestamp' header, else the record's timestamp.",
                    RollingFileConfig.GROUP_FORMAT, 11, Width.SHORT, "SequenceFile value")
            .define(SEQUENCEFILE_COMPRESSION_TYPE, Type.STRING, "block", ConfigDef.CaseInsensitiveValidString.in("block", "record"),
                    Importance.LOW,
                    "For format=sequencefile with a compression: compress blocks of records (what Flume does) or each "
                            + "record's value alone.",
                    RollingFileConfig.GROUP_FORMAT, 12, Width.SHORT, "SequenceFile compression type"));

    public final String hdfsPath;
    public final String hadoopConfDir;
    public final String user;
    public final String principal;
    public final String keytab;
    public final long leaseTimeoutMs;

    public HdfsSinkConfig(Map<String, String> props) {
        super(CONFIG_DEF, props);
        this.hdfsPath = getString(HDFS_PATH);
        this.hadoopConfDir = getString(HADOOP_CONF_DIR);
        this.user = getString(HDFS_USER);
        this.principal = getString(KERBEROS_PRINCIPAL);
        this.keytab = getString(KERBEROS_KEYTAB);
        this.leaseTimeoutMs = getLong(LEASE_TIMEOUT);
    }

    public boolean kerberos() {
        return !principal.isEmpty();
    }

    public RollingFileSettings settings() {
        return new RollingFileSettings(this, Clock.systemUTC(), new HadoopFormats(HadoopFileSystems.configuration(hadoopConfDir)));
    }
}
