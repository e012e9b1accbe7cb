package org.agendum.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.agendum.io.AtomicFileWriter;
import org.agendum.io.FileStamp;
import org.agendum.model.Meeting;

/**
 * Meeting files ({@code *.agendum}): UTF-8 JSON, format "agendum-meeting" version 1, described by the JSON
 * Schema {@code org/agendum/file/agendum-meeting-2.schema.json}. Reading never changes anything on disk and
 * fails only with a {@link MeetingFileException} whose message is a sentence for the officer; saving replaces
 * the file atomically and keeps the previous version next to it as {@code name.agendum.bak}.
 */
public final class MeetingFiles {
    public static final String EXTENSION = ".agendum";

    private MeetingFiles() {
    }

    /** A meeting as read from its file, with the stamp of the bytes read (to notice later changes by others). */
    public record Loaded(Meeting meeting, FileStamp stamp) {
    }

    /** Reads a meeting file. Any problem, from a missing file to a damaged one, is a MeetingFileException. */
    public static Meeting load(Path file) throws MeetingFileException {
        Objects.requireNonNull(file, "file");
        String name = nameOf(file);
        // no stamp: its SHA-256 would load the security providers, some 20 ms of a command line's start
        return read(readBytes(file, name), name);
    }

    /** {@link #load(Path)}, and the stamp of exactly the bytes that were read. */
    public static Loaded loadWithStamp(Path file) throws MeetingFileException {
        Objects.requireNonNull(file, "file");
        String name = nameOf(file);
        byte[] content = readBytes(file, name);
        return new Loaded(read(content, name), FileStamp.of(content));
    }

    /**
     * Reads a meeting from a file's bytes.
     *
     * @param sourceName how messages name the file, usually its file name
     */
    public static Meeting read(byte[] content, String sourceName) throws MeetingFileException {
        Objects.requireNonNull(content, "content");
        String source = sourceName == null || sourceName.isBlank() ? "The meeting file" : sourceName;
        return MeetingReader.read(content, source);
    }

    /**
     * The meeting as file content: UTF-8, canonical pretty JSON with LF line ends and a final newline. Half of a
     * surrogate pair (which UTF-8 cannot hold) is written as its JSON escape, never as "?"; the reader refuses such
     * a file, naming the field ({@link BrokenText}), and {@link #save} refuses to write one.
     */
    public static byte[] write(Meeting meeting) {
        Objects.requireNonNull(meeting, "meeting");
        return write(DtoMapper.toDto(meeting));
    }

    private static byte[] write(FileDto.MeetingDto dto) {
        try {
            return BrokenText.escaped(DtoWriter.write(dto)).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            // writing records of strings to a string cannot fail; this would be a programming error
            throw new UncheckedIOException("Could not write the meeting as JSON", e);
        }
    }

    /**
     * Saves atomically: the file is at every moment either the previous or the new version, and the previous
     * version is kept as {@link #backupOf(Path)}. The exception's message says in plain words what failed.
     *
     * @return the stamp of what is now in the file
     */
    public static FileStamp save(Meeting meeting, Path file) throws IOException {
        return save(meeting, file, AtomicFileWriter.Disk.REAL);
    }

    /** {@link #save(Meeting, Path)} through {@code disk} (tests: one that fails as a read-only share does). */
    public static FileStamp save(Meeting meeting, Path file, AtomicFileWriter.Disk disk) throws IOException {
        Objects.requireNonNull(file, "file");
        FileDto.MeetingDto dto = DtoMapper.toDto(Objects.requireNonNull(meeting, "meeting"));
        Optional<BrokenText.Found> broken = BrokenText.find(dto);
        if (broken.isPresent()) {
            // typed or pasted text Java would have written as "?": say where, and change nothing
            throw new IOException("Could not save " + nameOf(file) + ": " + broken.get().describe()
                    + ", which no file can hold. Retype the text there and save again.");
        }
        byte[] content = write(dto);
        requireReadable(content, file);
        AtomicFileWriter.write(file, content, AtomicFileWriter.Backup.KEEP, disk);
        return FileStamp.of(content);
    }

    /**
     * Never replaces a good file with one Agendum would refuse to open. The model does not itself forbid what
     * the format refuses (two items with one id, items nested too deep); the edits do, so this is a guard
     * against a bug elsewhere, and its message names the problem so that the officer can fix it and save.
     */
    private static void requireReadable(byte[] content, Path file) throws IOException {
        String name = nameOf(file);
        String source = "the new version";
        try {
            MeetingReader.read(content, source);
        } catch (MeetingFileException e) {
            // the lines of a file that was never written mean nothing to the officer; the place in words does
            String problem = e.getMessage().replaceFirst("^" + source + ":( line \\d+, column \\d+:)? ", "");
            throw new IOException("Could not save " + name + " because Agendum could not open the result: "
                    + problem, e);
        }
    }

    private static String nameOf(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /**
     * Whether {@code file} is named as a meeting file (".agendum", in any case). A file given to the window or dropped
     * onto it opens when it is; any other is a document to import (the import tells a Word file, a PDF and text apart
     * by their content, and words what it cannot read).
     */
    public static boolean isMeetingFileName(Path file) {
        return String.valueOf(file.getFileName()).toLowerCase(java.util.Locale.ROOT).endsWith(EXTENSION);
    }

    /** {@code file}, or its name with ".agendum" added when it lacks it (Save As, the command line's import). */
    public static Path withExtension(Path file) {
        return isMeetingFileName(file) ? file : file.resolveSibling(file.getFileName() + EXTENSION);
    }

    /** "x.agendum" → "x.agendum.bak" in the same folder. */
    public static Path backupOf(Path file) {
        return AtomicFileWriter.backupOf(file);
    }

    private static byte[] readBytes(Path file, String name) throws MeetingFileException {
        if (Files.isDirectory(file)) {
            throw new MeetingFileException(name + " is a folder, not a meeting file.");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // reading a pipe waits for a writer forever and a device may never end: ordinary files only
            throw new MeetingFileException(name + " is not an ordinary file (a device or pipe), not a meeting file.");
        }
        try {
            long size = Files.size(file);
            if (size > FileFormat.MAX_FILE_BYTES) {
                throw ContentSniffer.tooLarge(name, size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                // bounded even if the file grows between the size check and the read
                byte[] bytes = in.readNBytes((int) FileFormat.MAX_FILE_BYTES + 1);
                if (bytes.length > FileFormat.MAX_FILE_BYTES) {
                    throw ContentSniffer.tooLarge(name, bytes.length);
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new MeetingFileException(name + " does not exist (it may have been moved, renamed or deleted).", e);
        } catch (AccessDeniedException e) {
            throw new MeetingFileException(name + " cannot be opened: you do not have permission to read it.", e);
        } catch (FileSystemException e) {
            throw new MeetingFileException(name + " could not be read" + (e.getReason() == null ? "" : " ("
                    + e.getReason() + ")") + ".", e);
        } catch (IOException e) {
            throw new MeetingFileException(name + " could not be read (the disk or the network reported an error).", e);
        }
    }
}
