package org.agendum.session;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendum.file.MeetingFileException;
import org.agendum.file.MeetingFiles;
import org.agendum.io.AtomicFileWriter;
import org.agendum.model.Meeting;

/**
 * The recovery files of autosave, in the data folder's {@code recovery} folder. Each running Agendum writes its
 * own pair, named after its process id: {@code autosave-<pid>.agendum} (the meeting, as a meeting file) and
 * {@code autosave-<pid>.properties} (the file it belongs to, if any, and its name). A pair whose process is no
 * longer running was left by a crash: an orphan, offered at the next start. Two windows of Agendum running at
 * once therefore never overwrite each other's recovery file, and neither offers the other's.
 *
 * <p>The recovery files hold unsaved work, so they and their folder are the officer's alone (read and write for the
 * owner only, where the file system has POSIX permissions), and they are never written through a symbolic link: a
 * link with their name is replaced, and what it points to is never touched. Only files owned by the user running
 * Agendum are offered: another user's file planted in a shared folder is not the officer's work.
 *
 * <p>Plain file work, no JavaFX: the {@link Autosaver} calls it from its background thread.
 */
public final class RecoveryStore {
    public static final String FOLDER = "recovery";
    private static final Pattern NAME = Pattern.compile("autosave-(\\d{1,19})\\.agendum");
    private static final String ORIGINAL = "original";
    private static final String TITLE = "title";
    /** The recovery folder: the owner's only. */
    static final Set<PosixFilePermission> FOLDER_PERMISSIONS = PosixFilePermissions.fromString("rwx------");

    private final Path folder;
    private final long pid;
    /** Set once this store has written or adopted its own files: from then on they are not orphans. */
    private volatile boolean owning;

    private final Owners owners;

    public RecoveryStore(Path dataFolder, long pid) {
        this(dataFolder, pid, Owners.REAL);
    }

    /** Tests: with their own answer to whose a file is (a second user cannot be had in a test). */
    RecoveryStore(Path dataFolder, long pid, Owners owners) {
        this.folder = Objects.requireNonNull(dataFolder, "dataFolder").resolve(FOLDER);
        this.pid = pid;
        this.owners = Objects.requireNonNull(owners, "owners");
    }

    /** Whose a recovery file is: only the officer's own files are offered as their unsaved work. */
    @FunctionalInterface
    interface Owners {
        /**
         * The file's owner compared with the user running Agendum (the name the system gives, else the owner of the
         * data folder, which is the user's own); true where the file system has no owners, false if it cannot tell.
         */
        Owners REAL = file -> {
            try {
                UserPrincipal owner = Files.getOwner(file, LinkOption.NOFOLLOW_LINKS);
                UserPrincipal me;
                try {
                    me = file.getFileSystem().getUserPrincipalLookupService()
                            .lookupPrincipalByName(System.getProperty("user.name"));
                } catch (IOException | RuntimeException e) {
                    Path data = file.toAbsolutePath().getParent().getParent();
                    me = Files.getOwner(data, LinkOption.NOFOLLOW_LINKS);
                }
                return owner.equals(me);
            } catch (UnsupportedOperationException e) {
                return true;
            } catch (IOException | RuntimeException e) {
                return false;
            }
        };

        boolean isMine(Path file);
    }

    public Path folder() {
        return folder;
    }

    /** This process's recovery meeting file. */
    public Path meetingFile() {
        return meetingFile(pid);
    }

    private Path meetingFile(long owner) {
        return folder.resolve("autosave-" + owner + ".agendum");
    }

    private Path infoFile(long owner) {
        return folder.resolve("autosave-" + owner + ".properties");
    }

    /**
     * Writes the meeting as this process's recovery file; the information first, so that a meeting file never
     * goes without it. Each file is replaced atomically, like a save.
     *
     * @param original the file the meeting belongs to, if it has one
     * @param title    how the restore dialog names the meeting ("CTOC_COP_WG.4_2018_1.agendum", "the sample meeting")
     */
    public void write(Meeting meeting, Optional<Path> original, String title) throws IOException {
        createFolder();
        Properties info = new Properties();
        original.ifPresent(path -> info.setProperty(ORIGINAL, path.toAbsolutePath().toString()));
        info.setProperty(TITLE, title);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        info.store(bytes, "Agendum recovery information");
        AtomicFileWriter.writeOwn(infoFile(pid), bytes.toByteArray(), AtomicFileWriter.Disk.REAL,
                AtomicFileWriter.OWNER_ONLY);
        AtomicFileWriter.writeOwn(meetingFile(pid), MeetingFiles.write(meeting), AtomicFileWriter.Disk.REAL,
                AtomicFileWriter.OWNER_ONLY);
        owning = true;
    }

    /**
     * The recovery folder, the owner's only: created so, and an existing one (made by an earlier Agendum, open to
     * all) made so. A link in the folder's place is the officer's own doing (the data folder is theirs) and is used.
     */
    private void createFolder() throws IOException {
        Files.createDirectories(folder.getParent());
        boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            try {
                if (posix) {
                    Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(FOLDER_PERMISSIONS));
                } else {
                    Files.createDirectory(folder);
                }
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // another Agendum made it a moment ago
            }
        }
        if (posix && Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            try {
                if (!Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS).equals(FOLDER_PERMISSIONS)) {
                    Files.setPosixFilePermissions(folder, FOLDER_PERMISSIONS); // also what the creation mask took
                }
            } catch (IOException | UnsupportedOperationException e) {
                // the files themselves are the owner's only all the same
            }
        }
    }

    /** Removes this process's recovery files (after a save, or when the work is clean or given up). */
    public void delete() throws IOException {
        Files.deleteIfExists(meetingFile(pid));
        Files.deleteIfExists(infoFile(pid));
    }

    public boolean exists() {
        return Files.exists(meetingFile(pid));
    }

    /**
     * The recovery files that a crash left: those of processes no longer running (and one with this process's
     * own id that this store did not write, which can only be an earlier process's), newest first.
     */
    public List<Orphan> orphans() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Orphan> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "autosave-*.agendum")) {
            for (Path file : files) {
                Matcher name = NAME.matcher(file.getFileName().toString());
                if (!name.matches() || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    continue; // a link, a folder or a pipe is no recovery file of Agendum's: never read
                }
                if (!owners.isMine(file)) {
                    continue; // another user's file in a shared folder is not this officer's work: never offered
                }
                long owner;
                try {
                    owner = Long.parseLong(name.group(1));
                } catch (NumberFormatException e) {
                    continue;
                }
                if (owner == pid ? owning : ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false)) {
                    continue; // this window's own, or another running Agendum's
                }
                out.add(orphan(file, infoFile(owner)));
            }
        } catch (IOException e) {
            return List.of();
        }
        out.sort(Comparator.comparing(Orphan::savedAt).reversed());
        return out;
    }

    private static Orphan orphan(Path meeting, Path info) {
        Properties properties = new Properties();
        if (Files.isRegularFile(info, LinkOption.NOFOLLOW_LINKS)) {
            try (InputStream in = Files.newInputStream(info)) {
                properties.load(in);
            } catch (IOException | IllegalArgumentException e) {
                // without its information the meeting can still be restored, as a new file
            }
        }
        Optional<Path> original;
        try {
            String value = properties.getProperty(ORIGINAL);
            original = value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
        } catch (InvalidPathException e) {
            original = Optional.empty();
        }
        Instant savedAt;
        try {
            savedAt = Files.getLastModifiedTime(meeting).toInstant();
        } catch (IOException e) {
            savedAt = Instant.EPOCH;
        }
        String title = properties.getProperty(TITLE, original.map(p -> String.valueOf(p.getFileName())).orElse(
                "a meeting that was never saved"));
        return new Orphan(meeting, info, original, savedAt, title);
    }

    /**
     * Takes an orphan over as this process's own recovery files (moved, not copied), so that it stays safe on disk
     * until the restored meeting is saved.
     */
    public void adopt(Orphan orphan) throws IOException {
        createFolder();
        if (Files.exists(orphan.info())) {
            Files.move(orphan.info(), infoFile(pid), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(orphan.meeting(), meetingFile(pid), StandardCopyOption.REPLACE_EXISTING);
        owning = true;
    }

    /** A recovery file left by a crash. */
    public record Orphan(Path meeting, Path info, Optional<Path> original, Instant savedAt, String title) {
        public Meeting load() throws MeetingFileException {
            return MeetingFiles.load(meeting);
        }

        public void discard() throws IOException {
            Files.deleteIfExists(meeting);
            Files.deleteIfExists(info);
        }
    }
}
