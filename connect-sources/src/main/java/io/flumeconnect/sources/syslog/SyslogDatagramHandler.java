package io.flumeconnect.sources.syslog;

import io.flumeconnect.sources.listener.Intake;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;

/** A message per UDP datagram; one that finds the buffer full is dropped and counted by the intake. */
final class SyslogDatagramHandler extends SimpleChannelInboundHandler<DatagramPacket> {
    private final SyslogRecords records;
    private final Intake intake;
    private final int maxBytes;

    SyslogDatagramHandler(SyslogRecords records, Intake intake, int maxBytes) {
        this.records = records;
        this.intake = intake;
        this.maxBytes = maxBytes;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
        ByteBuf content = packet.content();
        int length = content.readableBytes();
        byte[] bytes = new byte[Math.min(length, maxBytes)];
        content.readBytes(bytes);
        Frame frame = length > bytes.length ? new Frame(SyslogFrameDecoder.stripLineEnd(bytes), length)
                : Frame.of(SyslogFrameDecoder.stripLineEnd(bytes));
        if (frame.bytes().length > 0) {
            intake.offer(records.record(frame, SyslogRecords.remoteAddress(packet.sender())));
        }
    }
}
