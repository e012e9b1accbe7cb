package org.agendum.docx;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.agendum.io.AtomicFileWriter;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingLimit;
import org.agendum.model.MeetingSize;

/**
 * Exports a meeting as a Word document in the UN format (issue 3; values and sources in docs/un-format.md),
 * written as a stream of XML straight into the package ({@link DocxWriter}; decision 0004).
 *
 * <p>Safe to call on any thread, and on several at once: the meeting is immutable and every export builds its
 * own document. A window runs it off the FX thread and shows the {@link ExportProgress}.
 *
 * <p>The document's form ({@link org.agendum.model.AgendaLayout}) says which parts it prints: the list, the
 * annotations or both, under which headings; the annex comes whenever the meeting has an organization of work.
 *
 * <p>What the document prints of its own ("United Nations", the masthead's labels, the form's title and headings,
 * "Documentation", the annex's heads, dates, times, numbers and the list's punctuation) is in the language of the
 * version ({@link org.agendum.typography.DocumentLanguage}; docs/languages.md).
 */
public final class WordExport {
    private WordExport() {
    }

    /**
     * Loads the export's classes by exporting an empty meeting and discarding it, so that the officer's first
     * File &gt; Export to Word is as quick as the next; a window can call this on a background thread after its
     * first frame. (With POI and its schemas this was one to two seconds of class loading; the streaming export
     * loads a few dozen classes of its own and the JDK's zip.)
     */
    public static void warmUp() {
        try {
            toBytes(Meeting.blank(LocalDate.now()), ExportOptions.DEFAULT);
        } catch (IOException e) {
            // nothing is read or written: an empty meeting without emblem cannot fail this way
        }
    }

    /** The document as the bytes of a .docx file. */
    public static byte[] toBytes(Meeting meeting, ExportOptions options) throws IOException {
        return toBytes(meeting, options, ExportProgress.NONE);
    }

    /**
     * @throws EmblemImageException     when the options name an emblem picture that cannot be used
     * @throws IllegalArgumentException when the meeting is larger than the limits ({@link MeetingLimit}), which the
     *                                  file reader and the command stack never let a meeting be: the memory the
     *                                  export needs was measured up to them
     */
    public static byte[] toBytes(Meeting meeting, ExportOptions options, ExportProgress progress)
            throws IOException {
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(progress, "progress");
        Optional<MeetingLimit.Excess> excess = MeetingSize.excess(meeting);
        if (excess.isPresent()) {
            throw new IllegalArgumentException(excess.get().inExport());
        }
        progress.progress(0, "Reading the emblem");
        EmblemImage emblem = options.emblem().isPresent() ? EmblemImage.read(options.emblem().get()) : null;
        byte[] bytes = DocxWriter.write(meeting, emblem, progress, Instant.now(), options.reissue());
        progress.progress(1, "Done");
        return bytes;
    }

    /** Writes the document to {@code file} atomically: the file is either the old one or the complete new one. */
    public static void export(Meeting meeting, Path file, ExportOptions options) throws IOException {
        export(meeting, file, options, ExportProgress.NONE);
    }

    /**
     * @throws EmblemImageException when the options name an emblem picture that cannot be used
     * @throws IOException with a plain-worded message when the file cannot be written
     */
    public static void export(Meeting meeting, Path file, ExportOptions options, ExportProgress progress)
            throws IOException {
        Objects.requireNonNull(file, "file");
        byte[] bytes = toBytes(meeting, options, (done, step) -> progress.progress(done * 0.9, step));
        progress.progress(0.9, "Writing " + file.getFileName());
        AtomicFileWriter.write(file, bytes, AtomicFileWriter.Backup.NONE);
        progress.progress(1, "Done");
    }
}
