package org.agendum.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What a file held when Agendum read or wrote it: its size and the SHA-256 hash of its bytes. Compared with the
 * file before it is saved over, it tells whether another program has changed it in between. The content decides,
 * not the modification time, which copying or a synchronisation tool may change without changing a byte.
 */
public record FileStamp(long size, String sha256) {
    private static final int BUFFER = 64 * 1024;

    public FileStamp {
        Objects.requireNonNull(sha256, "sha256");
    }

    public static FileStamp of(byte[] content) {
        return new FileStamp(content.length, HexFormat.of().formatHex(newDigest().digest(content)));
    }

    /** The stamp of what {@code file} holds now; streamed, so that a large file is not held in memory. */
    public static FileStamp read(Path file) throws IOException {
        MessageDigest digest = newDigest();
        long size = 0;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            byte[] buffer = new byte[BUFFER];
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                size += n;
            }
        }
        return new FileStamp(size, HexFormat.of().formatHex(digest.digest()));
    }

    /** Whether {@code file} still holds exactly the stamped bytes (a different size is told without reading). */
    public boolean matches(Path file) throws IOException {
        return Files.size(file) == size && read(file).equals(this);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
