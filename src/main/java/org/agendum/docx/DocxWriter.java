package org.agendum.docx;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.agendum.model.AgendaLayout;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingDetails;
import org.agendum.typography.DocumentLanguage;

/**
 * Writes the meeting's Word document into a {@link WordPackage}, part by part, each streamed as it is made: the
 * styles and the page furniture (masthead, running headers and footers), the body with its footnotes beside it,
 * then the settings and the properties, which depend on what the body held.
 *
 * <p>The relationships and part names are those POI gave the document (the main part's relationships: settings,
 * styles, the three headers, the three footers, then links and the footnotes as the body meets them), so that
 * a document is the same document as the XMLBeans export's (GoldenExportTest).
 */
final class DocxWriter {
    static final String DOCUMENT = "word/document.xml";
    private static final String ASTERISK = "*";

    private DocxWriter() {
    }

    /** What the body of a document holds between its first-page masthead and its section's page setup. */
    @FunctionalInterface
    interface Body {
        void write(BodyFlow body, Meeting meeting, DocumentLanguage language, PageGeometry page, Footnotes footnotes,
                   ExportProgress progress);
    }

    /** The meeting's agenda document. */
    static byte[] write(Meeting meeting, EmblemImage emblem, ExportProgress progress, Instant now) {
        return write(meeting, emblem, progress, now, Optional.empty());
    }

    /**
     * The meeting's agenda document, reissued for technical reasons on {@code reissue} when there is one: the
     * masthead's symbol with its asterisk ("CAC/COSP/2015/10*") and, at the foot of page 1, the note "* Reissued for
     * technical reasons on 7 April 2016." in the version's language (docs/un-format.md §5.4). The running headers keep
     * the plain symbol.
     */
    static byte[] write(Meeting meeting, EmblemImage emblem, ExportProgress progress, Instant now,
                        Optional<LocalDate> reissue) {
        if (reissue.isEmpty()) {
            return write(meeting, emblem, progress, now, DocxWriter::body);
        }
        String note = ReissueNote.of(meeting, reissue.get());
        return write(meeting, emblem, progress, now, ASTERISK,
                (body, m, l, page, footnotes, p) -> body(body, m, l, page, footnotes, p, note));
    }

    /**
     * A document of the meeting with {@code body} between the page furniture (styles, masthead, running headers and
     * footers, settings, properties), which every document of the meeting shares: the agenda and its corrigendum.
     */
    static byte[] write(Meeting meeting, EmblemImage emblem, ExportProgress progress, Instant now, Body content) {
        return write(meeting, emblem, progress, now, "", content);
    }

    /** @param symbolMark what the masthead prints after the symbol: "*" for a reissued document, else nothing */
    private static byte[] write(Meeting meeting, EmblemImage emblem, ExportProgress progress, Instant now,
                                String symbolMark, Body content) {
        MeetingDetails details = meeting.details();
        PageGeometry page = PageGeometry.of(details.processing().dutyStation());
        // everything the document prints of its own is in the version's language (its table is read once), in
        // the fonts and direction of its script (a table of its own)
        DocumentLanguage language = DocumentLanguage.of(details.masthead().versionLanguage().code());
        DocumentScript script = DocumentScript.of(details.masthead().versionLanguage());
        WordPackage word = new WordPackage(LocalDateTime.ofInstant(now, ZoneId.systemDefault()), script);
        word.relationshipsOf("").add(Relationships.OFFICE_DOCUMENT, DOCUMENT);
        Relationships parts = word.relationshipsOf(DOCUMENT);
        parts.add(Relationships.SETTINGS, "settings.xml");
        parts.add(Relationships.STYLES, "styles.xml");
        // header1 is page 1's, header2 the even pages', header3 the odd pages'; the footers: even, odd, page 1
        Section section = new Section(parts.add(Relationships.HEADER, "header1.xml"),
                parts.add(Relationships.HEADER, "header2.xml"), parts.add(Relationships.HEADER, "header3.xml"),
                parts.add(Relationships.FOOTER, "footer1.xml"), parts.add(Relationships.FOOTER, "footer2.xml"),
                parts.add(Relationships.FOOTER, "footer3.xml"));

        progress.progress(0.05, "Setting up the page and the styles");
        StylesPart.write(word, details.masthead().versionLanguage());
        progress.progress(0.1, "Writing the masthead, headers and footers");
        MastheadWriter.write(word, "word/header1.xml",
                details.masthead().symbol().isBlank() ? details.masthead()
                        : details.masthead().withSymbol(details.masthead().symbol().strip() + symbolMark),
                language, page, emblem);
        RunningHeaders.write(word, "word/header2.xml", "word/header3.xml", details.masthead().symbol(), page);
        RunningFooters.write(word, "word/footer1.xml", "word/footer2.xml", "word/footer3.xml", details, page);

        Footnotes footnotes = new Footnotes(word, DOCUMENT);
        try (WordPart document = WordPart.document(word, DOCUMENT)) {
            content.write(new BodyFlow(document.content()), meeting, language, page, footnotes, progress);
            section.write(document.content().xml(), page, script.rightToLeft());
        }
        footnotes.close();

        progress.progress(0.8, "Saving the Word document");
        SettingsPart.write(word, details, footnotes.any());
        DocumentProperties.write(word, details, now);
        return word.finish();
    }

    private static void body(BodyFlow body, Meeting meeting, DocumentLanguage language, PageGeometry page,
                             Footnotes footnotes, ExportProgress progress) {
        body(body, meeting, language, page, footnotes, progress, "");
    }

    /** @param reissueNote the note of a reissue, called from the title block's first line; empty for none */
    private static void body(BodyFlow body, Meeting meeting, DocumentLanguage language, PageGeometry page,
                             Footnotes footnotes, ExportProgress progress, String reissueNote) {
        MeetingDetails details = meeting.details();
        InlineWriter inlines = new InlineWriter(footnotes);
        TitleBlockWriter.write(body, details.meetingInfo(), details.titleBlock(), language, footnotes, reissueNote);
        AgendaLayout layout = details.form().layout();
        PartHeadings parts = new PartHeadings(body, layout.numberedParts(), language.numbering());
        if (layout.printsList()) {
            progress.progress(0.2, "Writing the provisional agenda");
            AgendaListWriter.write(body, meeting.agenda(), layout.listHeading().map(h -> language.label(
                    "heading.provisionalAgenda")), language, parts);
        }
        if (layout.printsAnnotations()) {
            progress.progress(0.3, "Writing the annotations");
            AnnotationsWriter.write(body, meeting.agenda(), details.form(), language, parts, inlines);
        }
        progress.progress(0.6, "Writing the organization of work");
        AnnexWriter.write(body, meeting, language, page);
        if (body.isEmpty()) {
            body.paragraph(ParagraphFormat.styled(UnStyles.SINGLE_TXT)).endParagraph();
        }
    }

    /** The body's one section: the relationship ids of its headers and footers; a first page of its own. */
    private record Section(String firstHeader, String evenHeader, String oddHeader, String evenFooter,
                           String oddFooter, String firstFooter) {
        /** A right-to-left version's section is {@code w:bidi}: its page numbers and job line sit mirrored. */
        void write(XmlWriter xml, PageGeometry page, boolean rightToLeft) {
            xml.start("w:sectPr");
            reference(xml, "w:headerReference", "first", firstHeader);
            reference(xml, "w:headerReference", "even", evenHeader);
            reference(xml, "w:headerReference", "default", oddHeader);
            reference(xml, "w:footerReference", "even", evenFooter);
            reference(xml, "w:footerReference", "default", oddFooter);
            reference(xml, "w:footerReference", "first", firstFooter);
            page.write(xml);
            xml.empty("w:titlePg", "w:val", "on");
            if (rightToLeft) {
                xml.empty("w:bidi");
            }
            xml.end();
        }

        private static void reference(XmlWriter xml, String element, String type, String id) {
            xml.start(element).attribute("w:type", type).attribute("r:id", id).end();
        }
    }
}
