package org.agendum.docx;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.agendum.io.AtomicFileWriter;
import org.agendum.model.AgendaLayout;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingDetails;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Exports a meeting as a Word document in the UN format (issue 3; values and sources in docs/un-format.md).
 *
 * <p>Safe to call on any thread, and on several at once: the meeting is immutable and every export builds its
 * own document. A window runs it off the FX thread and shows the {@link ExportProgress}.
 *
 * <p>The document's form ({@link AgendaLayout}) says which parts it prints: the list, the annotations or both,
 * under which headings; the annex comes whenever the meeting has an organization of work.
 *
 * <p>Labels the model does not hold ("Documentation", "Annex", the masthead's "Distr.:" and "Original:", the
 * annex's column heads) are written in English, like the form's headings; the other languages' forms
 * (docs/un-format.md §8) are out of scope for now.
 */
public final class WordExport {
    private WordExport() {
    }

    /**
     * Loads POI and the OOXML schemas by exporting an empty meeting and discarding it. The first export in a
     * fresh JVM takes one to two seconds of class loading; a window can call this on a background thread at
     * start-up so that the officer's first File &gt; Export to Word takes a tenth of a second.
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
     * @throws EmblemImageException when the options name an emblem picture that cannot be used
     */
    public static byte[] toBytes(Meeting meeting, ExportOptions options, ExportProgress progress)
            throws IOException {
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(progress, "progress");
        progress.progress(0, "Reading the emblem");
        EmblemImage emblem = options.emblem().isPresent() ? EmblemImage.read(options.emblem().get()) : null;
        byte[] bytes = DocxWriter.write(meeting, emblem, progress, Instant.now());
        progress.progress(1, "Done");
        return bytes;
    }

    /** Writes the meeting into a new, empty document: its page, styles, masthead, running heads and body. */
    static void write(XWPFDocument document, Meeting meeting, EmblemImage emblem, ExportProgress progress)
            throws IOException {
        MeetingDetails details = meeting.details();
        PageGeometry page = PageGeometry.of(details.processing().dutyStation());
        progress.progress(0.05, "Setting up the page and the styles");
        page.applyTo(document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr());
        document.createStyles(); // transitional: the relationship to the styles part, whose XML StylesPart writes
        progress.progress(0.1, "Writing the masthead, headers and footers");
        // transitional: the headers' relationships and references; MastheadWriter and RunningHeaders write them
        document.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.FIRST);
        document.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.EVEN);
        document.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT);
        // transitional: the footers' relationships and references; RunningFooters writes them
        document.createFooter(org.apache.poi.wp.usermodel.HeaderFooterType.EVEN);
        document.createFooter(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT);
        document.createFooter(org.apache.poi.wp.usermodel.HeaderFooterType.FIRST);

        BodyFlow body = new BodyFlow(document);
        Footnotes footnotes = new Footnotes(document);
        InlineWriter inlines = new InlineWriter(footnotes);
        TitleBlockWriter.write(body, details.meetingInfo(), details.titleBlock(), footnotes);
        AgendaLayout layout = details.form().layout();
        PartHeadings parts = new PartHeadings(body, layout.numberedParts());
        if (layout.printsList()) {
            progress.progress(0.2, "Writing the provisional agenda");
            AgendaListWriter.write(body, meeting.agenda(), layout.listHeading(), parts);
        }
        if (layout.printsAnnotations()) {
            progress.progress(0.3, "Writing the annotations");
            AnnotationsWriter.write(body, meeting.agenda(), details.form(), parts, inlines);
        }
        progress.progress(0.6, "Writing the organization of work");
        AnnexWriter.write(body, meeting, page);
        if (document.getBodyElements().isEmpty()) {
            body.paragraph(UnStyles.SINGLE_TXT);
        }
        DocumentProperties.write(document, details);
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
