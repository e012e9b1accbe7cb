package org.agendum.trackedchanges;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.agendum.docx.ExportOptions;
import org.agendum.docx.ExportProgress;
import org.agendum.docx.WordExport;
import org.agendum.model.Meeting;
import org.agendum.model.Reissue;

/**
 * The Word document of a revision ("…/Rev.1", File ▸ Export Revision…): the meeting under the revision's symbol and
 * date of issue, either with Word's tracked changes against an issued version or clean, for circulation; or the
 * document reissued under its own symbol and date for technical reasons, clean, with the symbol's asterisk and its
 * note. The meeting itself keeps its own symbol: only the document is the revision's.
 *
 * @param comparedWith the issued version's meeting the changes are tracked against; empty for a clean document
 * @param reissuedOn   the day of a reissue for technical reasons; empty for a revision
 */
public record RevisionDocument(String symbol, LocalDate date, Optional<Meeting> comparedWith, Revision revision,
                               Optional<LocalDate> reissuedOn) {
    public RevisionDocument {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(comparedWith, "comparedWith");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(reissuedOn, "reissuedOn");
        if (reissuedOn.isPresent() && comparedWith.isPresent()) {
            throw new IllegalArgumentException("a reissue for technical reasons is clean: it marks no changes");
        }
    }

    /** A revision under a new symbol: tracked against {@code comparedWith}, or clean when it is empty. */
    public RevisionDocument(String symbol, LocalDate date, Optional<Meeting> comparedWith, Revision revision) {
        this(symbol, date, comparedWith, revision, Optional.empty());
    }

    /** The document last issued, reissued on {@code day} for technical reasons. */
    public static RevisionDocument reissue(Reissue document, LocalDate day, Revision revision) {
        return new RevisionDocument(document.symbol(), document.issuedOn(), Optional.empty(), revision,
                Optional.of(day));
    }

    /**
     * Writes the revision of {@code meeting} to {@code file} atomically. The compared version is put under the same
     * symbol and date: the masthead is the revision's identity, and marking it as changed would be noise.
     */
    public void write(Meeting meeting, Path file, ExportOptions options, ExportProgress progress) throws IOException {
        Meeting now = underRevision(meeting);
        if (comparedWith.isEmpty()) {
            WordExport.export(now, file, reissuedOn.map(options::reissuedOn).orElse(options), progress);
            return;
        }
        progress.progress(0, "Marking the changes against the issued version");
        TrackedChanges.export(underRevision(comparedWith.get()), now, file, options, revision);
        progress.progress(1, "Done");
    }

    /** {@code meeting} with the revision's symbol and date of issue in its masthead, nothing else changed. */
    Meeting underRevision(Meeting meeting) {
        var masthead = meeting.details().masthead().withSymbol(symbol).withIssueDate(date);
        return meeting.withDetails(meeting.details().withMasthead(masthead));
    }

    /** "CTOC/COP/WG.4/2018/1/Rev.1" → "CTOC_COP_WG.4_2018_1_Rev.1.docx": the name the file chooser proposes. */
    public String fileName() {
        return symbol.strip().replaceAll("[/\\\\:*?\"<>| ]+", "_") + ".docx";
    }
}
