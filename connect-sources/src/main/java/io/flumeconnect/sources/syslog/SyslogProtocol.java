package io.flumeconnect.sources.syslog;

import io.flumeconnect.sources.listener.Intake;
import io.flumeconnect.sources.listener.ListenerProtocol;
import io.flumeconnect.sources.listener.Transport;
import io.flumeconnect.sources.syslog.SyslogSourceConfig.Framing;
import io.flumeconnect.sources.syslog.SyslogSourceConfig.Protocol;
import io.netty.channel.Channel;

/** Syslog over UDP, TCP (lines or octet counting, optionally acknowledged) or RELP, on the listener base. */
final class SyslogProtocol implements ListenerProtocol {
    private final SyslogSourceConfig config;
    private final SyslogRecords records;

    SyslogProtocol(SyslogSourceConfig config, SyslogRecords records) {
        this.config = config;
        this.records = records;
    }

    @Override
    public Transport transport() {
        return config.protocol == Protocol.UDP ? Transport.DATAGRAM : Transport.STREAM;
    }

    @Override
    public void initChannel(Channel channel, Intake intake) {
        switch (config.protocol) {
            case UDP -> channel.pipeline().addLast(new SyslogDatagramHandler(records, intake, config.messageMaxBytes));
            case TCP -> channel.pipeline().addLast(
                    new SyslogFrameDecoder(config.format == SyslogFormat.RAW ? Framing.LINES : config.framing,
                            config.messageMaxBytes),
                    new SyslogStreamHandler(records, intake, config.lineAck));
            case RELP -> channel.pipeline().addLast(new RelpFrameDecoder(config.messageMaxBytes),
                    new RelpSessionHandler(records, intake));
        }
    }
}
