package io.flumeconnect.sources.syslog;

import io.flumeconnect.common.config.CharsetValidator;
import io.flumeconnect.common.config.ZoneIdValidator;
import io.flumeconnect.sources.listener.ListenerConfig;
import io.flumeconnect.sources.listener.ListenerSettings;
import io.flumeconnect.sources.listener.TlsConfig;
import java.nio.charset.Charset;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.CaseInsensitiveValidString;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;

/** The whole configuration of {@link SyslogSourceConnector} and its tasks. */
public final class SyslogSourceConfig extends AbstractConfig {
    public static final String TOPIC_CONFIG = "topic";
    public static final String PROTOCOL_CONFIG = "protocol";
    public static final String FORMAT_CONFIG = "format";
    public static final String FRAMING_CONFIG = "tcp.framing";
    public static final String LINE_ACK_CONFIG = "line.ack";
    public static final String MESSAGE_MAX_BYTES_CONFIG = "message.max.bytes";
    public static final String CHARSET_CONFIG = "charset";
    public static final String TIMEZONE_CONFIG = "timezone";
    public static final String VALUE_TYPE_CONFIG = "value.type";
    public static final String VALUE_RAW_FIELD_CONFIG = "value.raw.field";

    public enum Protocol { UDP, TCP, RELP }

    public enum Framing { AUTO, LINES, OCTET_COUNTING }

    public enum ValueType { STRUCT, STRING }

    private static final String SYSLOG_GROUP = "Syslog";
    private static final String RECORDS_GROUP = "Records";

    public static final ConfigDef CONFIG_DEF = TlsConfig.addTo(ListenerConfig.addTo(new ConfigDef()
            .define(TOPIC_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(),
                    Importance.HIGH, "Topic the messages are written to.", RECORDS_GROUP, 1, Width.MEDIUM, "Topic")
            .define(PROTOCOL_CONFIG, Type.STRING, "tcp", CaseInsensitiveValidString.in("udp", "tcp", "relp"),
                    Importance.HIGH, "`udp` (a message per datagram; no back-pressure: datagrams that find the "
                            + "buffer full are dropped and counted), `tcp` (framing per `tcp.framing`; TLS with "
                            + "`tls.enabled`) or `relp` (rsyslog's Reliable Event Logging Protocol, `omrelp`: each "
                            + "message is answered `200 OK` only once Kafka acknowledged it; TLS with "
                            + "`tls.enabled`).", SYSLOG_GROUP, 1, Width.SHORT, "Protocol")
            .define(FORMAT_CONFIG, Type.STRING, "auto",
                    CaseInsensitiveValidString.in("auto", "rfc5424", "rfc3164", "raw"), Importance.HIGH,
                    "How messages are read: `auto` (RFC 5424 when a message starts `<PRI>1 `, else RFC 3164), "
                            + "`rfc5424`, `rfc3164`, or `raw`: not parsed, each line (or datagram) delivered as a "
                            + "String, as Flume's `netcat` source does. A message that does not parse is delivered "
                            + "raw with the headers `flume.syslog.status=Invalid` and `syslog.parse.error`.",
                    SYSLOG_GROUP, 2, Width.SHORT, "Format")
            .define(FRAMING_CONFIG, Type.STRING, "auto",
                    CaseInsensitiveValidString.in("auto", "lines", "octet_counting"), Importance.MEDIUM,
                    "How a TCP stream is cut into messages: `lines` (ended by LF, CRLF or NUL), "
                            + "`octet_counting` (RFC 6587 `LENGTH SP MESSAGE`; a line end counted in LENGTH, as "
                            + "rsyslog sends it, is removed) or `auto`: decided per connection by its first byte, "
                            + "a digit meaning octet counting. The raw format always reads lines.",
                    SYSLOG_GROUP, 3, Width.SHORT, "TCP framing")
            .define(LINE_ACK_CONFIG, Type.BOOLEAN, false, Importance.MEDIUM,
                    "TCP only: answer each message with `OK` and a newline once Kafka acknowledged it (Flume "
                            + "`netcat`'s `ack-every-event`), or `FAILED` and a newline when it was not "
                            + "acknowledged within `ack.timeout.ms`; answers keep the order of the lines.",
                    SYSLOG_GROUP, 4, Width.SHORT, "Acknowledge lines")
            .define(MESSAGE_MAX_BYTES_CONFIG, Type.INT, 65_536, Range.between(64, 16 * 1_048_576), Importance.MEDIUM,
                    "Longest message kept. A longer one is cut to this many bytes and delivered with the headers "
                            + "`flume.syslog.status=Incomplete` and `syslog.truncated.bytes` (its full length); "
                            + "the rest of it is skipped.", SYSLOG_GROUP, 5, Width.SHORT, "Max message bytes")
            .define(CHARSET_CONFIG, Type.STRING, "UTF-8", new CharsetValidator(), Importance.LOW,
                    "Character set of the messages (RFC 5424 messages are UTF-8 by definition).", SYSLOG_GROUP, 6,
                    Width.SHORT, "Charset")
            .define(TIMEZONE_CONFIG, Type.STRING, "UTC", new ZoneIdValidator(), Importance.MEDIUM,
                    "Zone of RFC 3164 timestamps that carry none (most do not), e.g. `Europe/Paris`. A timestamp "
                            + "without a year is taken in the 12 months before it was received.", SYSLOG_GROUP, 7,
                    Width.SHORT, "Time zone")
            .define(VALUE_TYPE_CONFIG, Type.STRING, "struct", CaseInsensitiveValidString.in("struct", "string"),
                    Importance.HIGH, "`struct`: the parsed message as a Struct (schema in `docs/syslog-source.md`); "
                            + "`string`: the message as received. The raw format needs `string`.", RECORDS_GROUP, 2,
                    Width.SHORT, "Value type")
            .define(VALUE_RAW_FIELD_CONFIG, Type.BOOLEAN, false, Importance.LOW,
                    "Also keep the message as received in the Struct's `raw` field.", RECORDS_GROUP, 3, Width.SHORT,
                    "Keep raw message")));

    public final String topic;
    public final Protocol protocol;
    public final SyslogFormat format;
    public final Framing framing;
    public final boolean lineAck;
    public final int messageMaxBytes;
    public final Charset charset;
    public final ZoneId timezone;
    public final ValueType valueType;
    public final boolean rawField;
    public final ListenerSettings listener;

    public SyslogSourceConfig(Map<String, String> props) {
        this(props, true);
    }

    /** With {@code checkKeyRules} false, for {@code validate()}, which reports the rules between keys per key. */
    SyslogSourceConfig(Map<String, String> props, boolean checkKeyRules) {
        super(CONFIG_DEF, props);
        topic = getString(TOPIC_CONFIG);
        protocol = Protocol.valueOf(upper(PROTOCOL_CONFIG));
        format = SyslogFormat.valueOf(upper(FORMAT_CONFIG));
        framing = Framing.valueOf(upper(FRAMING_CONFIG));
        lineAck = getBoolean(LINE_ACK_CONFIG);
        messageMaxBytes = getInt(MESSAGE_MAX_BYTES_CONFIG);
        charset = Charset.forName(getString(CHARSET_CONFIG));
        timezone = ZoneId.of(getString(TIMEZONE_CONFIG));
        valueType = ValueType.valueOf(upper(VALUE_TYPE_CONFIG));
        rawField = getBoolean(VALUE_RAW_FIELD_CONFIG);
        listener = ListenerConfig.settings(this);
        List<KeyError> errors = crossKeyErrors();
        if (checkKeyRules && !errors.isEmpty()) {
            throw new ConfigException(errors.get(0).message());
        }
    }

    /** A rule between keys that the values break, with every key involved. */
    record KeyError(String message, String... keys) {
    }

    /** The rules between keys; each key is valid alone. Checked by {@code validate()} and at task start. */
    List<KeyError> crossKeyErrors() {
        List<KeyError> errors = new ArrayList<>();
        if (protocol == Protocol.UDP && getBoolean(TlsConfig.ENABLED_CONFIG)) {
            errors.add(new KeyError("TLS needs protocol tcp or relp, not udp", TlsConfig.ENABLED_CONFIG,
                    PROTOCOL_CONFIG));
        }
        if (lineAck && protocol != Protocol.TCP) {
            errors.add(new KeyError("line.ack answers over TCP: it needs protocol tcp (RELP acknowledges anyway)",
                    LINE_ACK_CONFIG, PROTOCOL_CONFIG));
        }
        if (format == SyslogFormat.RAW && valueType == ValueType.STRUCT) {
            errors.add(new KeyError("raw messages are not parsed: format raw needs value.type string", FORMAT_CONFIG,
                    VALUE_TYPE_CONFIG));
        }
        return errors;
    }

    private String upper(String key) {
        return getString(key).toUpperCase(Locale.ROOT);
    }
}
