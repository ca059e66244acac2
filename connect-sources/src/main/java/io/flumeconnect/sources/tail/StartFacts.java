package io.flumeconnect.sources.tail;

/**
 * What a task knows about a file it found and does not follow yet: everything {@link StartPolicy} decides on.
 *
 * @param head             the file's first bytes as they are now
 * @param compressed       a {@code .gz} file: read decompressed, its size says nothing about positions
 * @param size             its size on disk
 * @param path             its path, to tell a stored offset of the same path from one of a copy
 * @param byIdentity       the committed offset of its identity ({@code file.id}), or null
 * @param byContent        the committed offset of its content key (a full head only), or null
 * @param sameHeadFollowed a followed file starts with the same (full, or compressed) head: it is still being read;
 *                         or this short rotated-looking file holds a followed file's first bytes: a copy being written
 * @param knownPosition    how far this task read content with this head (released or truncated files), or -1
 * @param flumePosition    Flume's position for its inode (first scan, no stored offset), or null
 * @param startAtEnd       {@code start.position=end} applies: a new connector's first scan
 * @param rotatedName      why its name looks like a rotated file's ({@code .gz}, a numbered suffix), or null
 */
record StartFacts(Head head, boolean compressed, long size, String path, FileOffset byIdentity,
                  FileOffset byContent, boolean sameHeadFollowed, long knownPosition, Long flumePosition,
                  boolean startAtEnd, String rotatedName) {
}
