package io.flumeconnect.transforms.aggregate;

import java.util.List;

/** A window that will take no more records, waiting to be emitted; {@code partial} when closed early. */
public record ClosedWindow(List<String> group, long start, long end, Accumulator totals, boolean partial) {
}
