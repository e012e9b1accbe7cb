package org.agendum.docx;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.agendum.model.Meeting;

/**
 * Writes the meeting's Word document part by part into a {@link WordPackage}: the main part and what it relates
 * to, and the document's properties.
 */
final class DocxWriter {
    static final String DOCUMENT = "word/document.xml";

    private DocxWriter() {
    }

    static byte[] write(Meeting meeting, EmblemImage emblem, ExportProgress progress, Instant now) throws IOException {
        WordPackage word = new WordPackage(LocalDateTime.ofInstant(now, ZoneId.systemDefault()));
        word.relationshipsOf("").add(Relationships.OFFICE_DOCUMENT, DOCUMENT);
        var old = XmlBeansParts.of(meeting, emblem, progress);
        StylesPart.write(word, meeting.details().masthead().versionLanguage());
        SettingsPart.write(word, meeting.details(), old.containsKey("word/footnotes.xml"));
        PageGeometry page = PageGeometry.of(meeting.details().processing().dutyStation());
        MastheadWriter.write(word, "word/header1.xml", meeting.details().masthead(), page, emblem);
        RunningHeaders.write(word, "word/header2.xml", "word/header3.xml", meeting.details().masthead().symbol(), page);
        RunningFooters.write(word, "word/footer1.xml", "word/footer2.xml", "word/footer3.xml", meeting.details(), page);
        old.forEach((name, part) -> {
            if (!name.startsWith("word/") || name.equals(StylesPart.NAME) || name.equals(SettingsPart.NAME)
                    || name.matches("word/(_rels/)?(header|footer).*|word/media/.*")) {
                return;
            }
            if (part.byExtension()) {
                word.part(name, part.contentType(), part.content());
            } else {
                word.xmlPart(name, part.contentType(), part.content());
            }
        });
        DocumentProperties.write(word, meeting.details(), now);
        return word.finish();
    }
}
