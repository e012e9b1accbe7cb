package org.agendum.docx;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.agendum.corrigendum.Instruction;
import org.agendum.io.AtomicFileWriter;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingDetails;

/**
 * Exports a corrigendum ("…/Corr.1") to the meeting's document: the agenda's masthead, headers, footers and title
 * block under the corrigendum's own symbol and date, then "Corrigendum" and the instructions (docs/export.md). The
 * job number and its dates are the corrected document's, not the corrigendum's (which DGACM assigns), so they are
 * left out. Like {@link WordExport}, safe on any thread.
 */
public final class CorrigendumExport {
    private CorrigendumExport() {
    }

    /** The corrigendum as the bytes of a .docx file. */
    public static byte[] toBytes(Meeting meeting, String symbol, LocalDate date, List<Instruction> instructions,
                                 ExportOptions options) throws IOException {
        Objects.requireNonNull(options, "options");
        EmblemImage emblem = options.emblem().isPresent() ? EmblemImage.read(options.emblem().get()) : null;
        return DocxWriter.write(asCorrigendum(meeting, symbol, date), emblem, ExportProgress.NONE, Instant.now(),
                new CorrigendumWriter(instructions));
    }

    /** Writes the corrigendum to {@code file} atomically. */
    public static void export(Meeting meeting, String symbol, LocalDate date, List<Instruction> instructions,
                              Path file, ExportOptions options) throws IOException {
        Objects.requireNonNull(file, "file");
        AtomicFileWriter.write(file, toBytes(meeting, symbol, date, instructions, options),
                AtomicFileWriter.Backup.NONE);
    }

    /** The meeting's details under the corrigendum's symbol and date, without the corrected document's job line. */
    private static Meeting asCorrigendum(Meeting meeting, String symbol, LocalDate date) {
        MeetingDetails details = meeting.details();
        return meeting.withDetails(details
                .withMasthead(details.masthead().withSymbol(symbol).withIssueDate(date))
                .withProcessing(details.processing().withJobNumber("").withProcessedOn(Optional.empty())
                        .withReleasedOn(Optional.empty())));
    }
}
