package io.flumeconnect.sources.tail;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * What a file's content is called in Connect's offsets once it is at least {@code fingerprint.bytes} long: the
 * SHA-256 of its first {@code bytes} bytes. It is the source partition of such a file's records, so a renamed
 * file, its gzip copy and a copytruncate copy all find the committed position of the same content from their
 * first bytes, after any restart, whatever their name or inode. A 256-bit digest, not the 32-bit fingerprint:
 * the partitions of every file a connector ever read stay in the offsets topic, and two of them must never meet.
 */
record ContentKey(String sha256, int bytes) {

    /** The key of content whose first {@code length} bytes are in {@code head}. */
    static ContentKey of(byte[] head, int length) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(head, 0, length);
            return new ContentKey(HexFormat.of().formatHex(digest.digest()), length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * The source partition {@code {"head": "<bytes>:<sha256 hex>"}}. One entry: Connect stores a partition as its
     * JSON text, and the entries of a larger map may come in another order in another JVM, which would be another
     * partition.
     */
    Map<String, Object> partition() {
        return new SourcePartition(FileOffset.HEAD, bytes + ":" + sha256);
    }
}
