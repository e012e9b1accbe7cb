package org.agendum.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The sentence for a failed save: what failed, in the words an officer can act on ("the disk is full", "the
 * folder … is read-only"), never an exception's class name.
 */
final class SaveErrors {
    private SaveErrors() {
    }

    /** An IOException whose message is already the sentence for the officer. */
    static final class PlainIOException extends IOException {
        PlainIOException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static PlainIOException plain(String fileName, String reason) {
        return new PlainIOException("Could not save " + fileName + ": " + reason + ".", null);
    }

    static IOException describe(String fileName, Path folder, AtomicFileWriter.Step step, Exception e) {
        return new PlainIOException("Could not save " + fileName + ": " + reason(fileName, folder, step, e) + ".", e);
    }

    static String reason(String fileName, Path folder, AtomicFileWriter.Step step, Throwable e) {
        String text = messages(e).toLowerCase(Locale.ROOT);
        if (text.contains("no space left") || text.contains("not enough space") || text.contains("disk full")
                || text.contains("quota exceeded")) {
            return "the disk is full";
        }
        if (text.contains("read-only file system")) {
            return "the folder " + folder + " is read-only";
        }
        // what Linux and Windows say when a network share or a drive has gone away in the middle of the work
        if (text.contains("stale file handle") || text.contains("host is down")
                || text.contains("endpoint is not connected") || text.contains("network name is no longer available")
                || text.contains("network path was not found") || text.contains("device is not ready")) {
            return "the folder " + folder + " cannot be reached (is the drive or network share still connected?)";
        }
        if (e instanceof AccessDeniedException) {
            return step == AtomicFileWriter.Step.REPLACE
                    ? fileName + " is read-only or open in another program"
                    : !Files.isWritable(folder) ? "the folder " + folder + " is read-only"
                    : "you do not have permission to write in the folder " + folder;
        }
        if (e instanceof NoSuchFileException) {
            return folderNotFound(folder);
        }
        // an operating system's reason is plain words; other messages may name Java types, so they stay in the log
        String detail = e instanceof FileSystemException fs ? fs.getReason() : null;
        return step.words + " failed" + (detail == null || detail.isBlank() ? "" : " (" + detail.strip() + ")");
    }

    /** A folder that is not there: perhaps deleted or moved, perhaps on a USB drive or share no longer connected. */
    static String folderNotFound(Path folder) {
        return "the folder " + folder + " cannot be found (it may have been moved or deleted, or be on a drive or "
                + "network share that is not connected)";
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append(' ');
            if (t instanceof FileSystemException fs && fs.getReason() != null) {
                all.append(fs.getReason()).append(' ');
            }
        }
        return all.toString();
    }
}
