package io.flumeconnect.sources.listener;

/** How a listener receives: connections (TCP, with or without TLS) or datagrams (UDP). */
public enum Transport { STREAM, DATAGRAM }
