package org.agendum.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Replaces a file so that at every instant the file on disk is a complete version, old or new, and the
 * previous version survives as a backup. The new content goes to a temporary file in the same folder (a
 * rename is only atomic within one file system), is forced to the disk, and is renamed over the target; the
 * previous version is copied to its own temporary file and renamed to the backup name first, so the backup is
 * never half-written either. On failure the temporary files are removed and nothing else has changed.
 */
public final class AtomicFileWriter {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Whether the version being replaced is kept beside the new one as {@code name.bak}. */
    public enum Backup { KEEP, NONE }

    /**
     * Where a save creates its files. {@link #REAL} is the file system; tests put in one that refuses the way a
     * read-only network share does, which no folder permission can simulate for a root user.
     */
    public interface Disk {
        Disk REAL = file -> FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);

        /** Creates {@code file}, which must not exist yet, and opens it for writing. */
        FileChannel createNew(Path file) throws IOException;
    }

    /** The steps of a save, in the words of the error message. */
    enum Step {
        WRITE("writing the new version"),
        BACKUP("keeping the previous version as a backup"),
        REPLACE("putting the new version in place");

        final String words;

        Step(String words) {
            this.words = words;
        }
    }

    private AtomicFileWriter() {
    }

    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName().toString() + ".bak");
    }

    /**
     * Writes {@code content} to {@code requested} atomically.
     *
     * @throws IOException with a message that says, in plain words, what failed (read-only folder, disk full,
     *                     a folder with that name…); the target and its backup are then untouched
     */
    public static void write(Path requested, byte[] content, Backup backup) throws IOException {
        write(requested, content, backup, Disk.REAL);
    }

    /** {@link #write(Path, byte[], Backup)}, creating its files through {@code disk}. */
    public static void write(Path requested, byte[] content, Backup backup, Disk disk) throws IOException {
        Path target = resolve(requested);
        if (target.getFileName() == null || target.getParent() == null) {
            throw SaveErrors.plain(String.valueOf(requested), "that is a folder, not a file name");
        }
        String name = target.getFileName().toString();
        Path folder = target.getParent();
        if (!Files.isDirectory(folder)) {
            throw SaveErrors.plain(name, Files.exists(folder) ? folder + " is a file, not a folder"
                    : SaveErrors.folderNotFound(folder));
        }
        if (Files.isDirectory(target)) {
            throw SaveErrors.plain(name, "a folder has that name");
        }
        Path[] temp = {null};
        Path[] backupTemp = {null};
        Step step = Step.WRITE;
        try {
            writeDurably(disk, folder.resolve("." + name + ".tmp-" + randomSuffix()), temp, channel -> {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            });
            copyPermissions(target, temp[0]);
            if (backup == Backup.KEEP && Files.exists(target)) {
                step = Step.BACKUP;
                Path backupFile = backupOf(target);
                if (Files.isDirectory(backupFile, LinkOption.NOFOLLOW_LINKS)) {
                    throw SaveErrors.plain(name, "the previous version cannot be kept as " + backupFile.getFileName()
                            + " because a folder has that name");
                }
                // streamed, not read into memory: the file being replaced need not be a meeting file
                writeDurably(disk, folder.resolve("." + name + ".bak.tmp-" + randomSuffix()), backupTemp,
                        channel -> Files.copy(target, Channels.newOutputStream(channel)));
                copyPermissions(target, backupTemp[0]);
                Files.setLastModifiedTime(backupTemp[0], Files.getLastModifiedTime(target));
                move(backupTemp[0], backupFile);
                backupTemp[0] = null;
            }
            step = Step.REPLACE;
            move(temp[0], target);
            temp[0] = null;
            forceFolder(folder);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp[0], e);
            deleteQuietly(backupTemp[0], e);
            if (e instanceof SaveErrors.PlainIOException plain) {
                throw plain;
            }
            throw SaveErrors.describe(name, folder, step, e);
        }
    }

    /** Saving through a symbolic link saves the file it points to, and leaves the link a link. */
    private static Path resolve(Path requested) {
        Path absolute = requested.toAbsolutePath();
        if (Files.isSymbolicLink(absolute)) {
            try {
                return absolute.toRealPath();
            } catch (IOException brokenLink) {
                return absolute;
            }
        }
        return absolute;
    }

    /**
     * Creates a new file, writes it and forces it to the disk. {@code created[0]} is set as soon as the file
     * exists, so that a failure removes what this save created and never a file that was there before.
     */
    private static void writeDurably(Disk disk, Path file, Path[] created, ChannelWriter content)
            throws IOException {
        try (FileChannel channel = disk.createNew(file)) {
            created[0] = file;
            content.writeTo(channel);
            channel.force(true);
        }
    }

    private interface ChannelWriter {
        void writeTo(FileChannel channel) throws IOException;
    }

    /** Rename, atomically where the file system can; replacing is the fallback only when it refuses. */
    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the renames themselves durable. Windows cannot open a folder this way; there it is skipped. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // the new file is complete and in place; only its survival of a power cut is less certain
        }
    }

    /** The new version keeps the old one's permissions (a file shared with colleagues stays shared). */
    private static void copyPermissions(Path from, Path to) {
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
            if (view != null && Files.exists(from)) {
                Files.setPosixFilePermissions(to, view.readAttributes().permissions());
            }
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the content matters, the permissions are a courtesy
        }
    }

    private static void deleteQuietly(Path file, Exception failure) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static String randomSuffix() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
