package io.flumeconnect.sources.listener;

import io.netty.channel.Channel;

/**
 * What a listener source adds to the base: its decoders and handlers, which turn bytes into records and hand them
 * to the {@link Intake}.
 */
public interface ListenerProtocol {

    Transport transport();

    /**
     * Adds the protocol's handlers at the end of a new channel's pipeline, after the base's (TLS, byte counting,
     * idle timeout). Called on the channel's event loop: for {@link Transport#STREAM} once per connection, for
     * {@link Transport#DATAGRAM} once per port. The base adds a last handler that logs and closes on exceptions.
     */
    void initChannel(Channel channel, Intake intake);
}
