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
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

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

    /** Read and write for the owner only: recovery files, which hold unsaved work. */
    public static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /**
     * Where a save creates its files. {@link #REAL} is the file system; tests put in one that refuses the way a
     * read-only network share does, which no folder permission can simulate for a root user.
     */
    public interface Disk {
        Disk REAL = new Disk() {
            @Override
            public FileChannel createNew(Path file) throws IOException {
                return FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }

            @Override
            public FileChannel createNew(Path file, Set<PosixFilePermission> permissions) throws IOException {
                if (permissions == null || !supportsPosix(file)) {
                    return createNew(file);
                }
                FileAttribute<Set<PosixFilePermission>> mode = PosixFilePermissions.asFileAttribute(permissions);
                return FileChannel.open(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), mode);
            }
        };

        /**
         * Creates {@code file}, which must not exist yet, and opens it for writing. Never through a link: a link
         * already there with that name makes it fail (the file is created exclusively).
         */
        FileChannel createNew(Path file) throws IOException;

        /**
         * {@link #createNew(Path)} with the permissions the file has from its first instant, where the file system
         * has POSIX permissions (null: the system's default).
         */
        default FileChannel createNew(Path file, Set<PosixFilePermission> permissions) throws IOException {
            return createNew(file);
        }
    }

    /**
     * What a name that is a symbolic link means. {@link #FOLLOW}: saving through a link the officer made saves the
     * file it points to (a meeting file). {@link #REPLACE}: the link itself is replaced by the new file and what it
     * points to is never touched (lock files and recovery files, which another local user could plant as a link to
     * one of the officer's own files).
     */
    public enum Links { FOLLOW, REPLACE }

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
        write(requested, content, backup, disk, Links.FOLLOW, null);
    }

    /**
     * Writes a file of Agendum's own ({@link Links#REPLACE}: a link with its name is replaced, never followed), with
     * {@code permissions} from the first instant where the file system has them (null: those of the file replaced,
     * else the system's default).
     */
    public static void writeOwn(Path file, byte[] content, Disk disk, Set<PosixFilePermission> permissions)
            throws IOException {
        write(file, content, Backup.NONE, disk, Links.REPLACE, permissions);
    }

    private static void write(Path requested, byte[] content, Backup backup, Disk disk, Links links,
            Set<PosixFilePermission> permissions) throws IOException {
        Path target = links == Links.FOLLOW ? resolve(requested) : requested.toAbsolutePath();
        if (target.getFileName() == null || target.getParent() == null) {
            throw SaveErrors.plain(String.valueOf(requested), "that is a folder, not a file name");
        }
        String name = target.getFileName().toString();
        Path folder = target.getParent();
        if (!Files.isDirectory(folder)) {
            throw SaveErrors.plain(name, Files.exists(folder) ? folder + " is a file, not a folder"
                    : SaveErrors.folderNotFound(folder));
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw SaveErrors.plain(name, "a folder has that name");
        }
        requireOrdinaryOrNew(target, name, links);
        Set<PosixFilePermission> mode = permissions != null ? permissions : existingPermissions(target);
        Path[] temp = {null};
        Path[] backupTemp = {null};
        Step step = Step.WRITE;
        try {
            writeDurably(disk, folder.resolve("." + name + ".tmp-" + randomSuffix()), mode, temp, channel -> {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            });
            if (mode != null) {
                setPermissions(temp[0], mode); // the creation mask may have taken bits away
            }
            if (backup == Backup.KEEP && Files.exists(target)) {
                step = Step.BACKUP;
                Path backupFile = backupOf(target);
                if (Files.isDirectory(backupFile, LinkOption.NOFOLLOW_LINKS)) {
                    throw SaveErrors.plain(name, "the previous version cannot be kept as " + backupFile.getFileName()
                            + " because a folder has that name");
                }
                // streamed, not read into memory: the file being replaced need not be a meeting file
                // a .bak that is a link (planted by someone else) is replaced by the rename, never followed
                writeDurably(disk, folder.resolve("." + name + ".bak.tmp-" + randomSuffix()), mode, backupTemp,
                        channel -> Files.copy(target, Channels.newOutputStream(channel)));
                if (mode != null) {
                    setPermissions(backupTemp[0], mode);
                }
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
    private static void writeDurably(Disk disk, Path file, Set<PosixFilePermission> mode, Path[] created,
            ChannelWriter content) throws IOException {
        try (FileChannel channel = mode == null ? disk.createNew(file) : disk.createNew(file, mode)) {
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

    /**
     * Only an ordinary file is replaced, or a new name written: never a device ({@code /dev/null}), a pipe or a
     * socket, which a rename would replace by an ordinary file. With {@link Links#REPLACE} a link is fine: the rename
     * replaces the link itself.
     */
    private static void requireOrdinaryOrNew(Path target, String name, Links links) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException doesNotExist) {
            return;
        }
        if (attributes.isRegularFile() || attributes.isSymbolicLink() && links == Links.REPLACE) {
            return;
        }
        if (attributes.isSymbolicLink()) {
            return; // a broken link (FOLLOW could not resolve it): the rename replaces the link itself, as before
        }
        throw SaveErrors.plain(name, target + " is not an ordinary file (a device, a pipe or the like); Agendum "
                + "writes only to ordinary files or new names");
    }

    /**
     * The permissions of the file being replaced, which the new version keeps from its first instant (a file shared
     * with colleagues stays shared, a private one is never readable by others while written); null for a new file
     * or where the file system has no POSIX permissions.
     */
    private static Set<PosixFilePermission> existingPermissions(Path target) {
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (view != null && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                return view.readAttributes().permissions();
            }
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the content matters, the permissions are a courtesy
        }
        return null;
    }

    private static void setPermissions(Path file, Set<PosixFilePermission> permissions) {
        try {
            if (supportsPosix(file)) {
                Files.setPosixFilePermissions(file, permissions);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // best effort, as above
        }
    }

    static boolean supportsPosix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
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
