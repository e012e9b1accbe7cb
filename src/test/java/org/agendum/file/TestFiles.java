package org.agendum.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.agendum.testing.HostileFiles;

/** Inputs shared by the meeting-file tests: the sample's text, a minimal valid file, a Word document. */
final class TestFiles {
    private TestFiles() {
    }

    static String sampleText() {
        return new String(SampleMeeting.resourceBytes(), StandardCharsets.UTF_8);
    }

    /** The sample with one exact snippet replaced; fails loudly when the snippet is not there once. */
    static String sampleWith(String snippet, String replacement) {
        String sample = sampleText();
        int at = sample.indexOf(snippet);
        if (at < 0 || sample.indexOf(snippet, at + 1) >= 0) {
            throw new IllegalArgumentException("Not exactly once in the sample: " + snippet);
        }
        return sample.substring(0, at) + replacement + sample.substring(at + snippet.length());
    }

    /** The sample with the first occurrence of a snippet replaced. */
    static String sampleWithFirst(String snippet, String replacement) {
        String sample = sampleText();
        int at = sample.indexOf(snippet);
        if (at < 0) {
            throw new IllegalArgumentException("Not in the sample: " + snippet);
        }
        return sample.substring(0, at) + replacement + sample.substring(at + snippet.length());
    }

    /** A complete, valid file on one line around the given agenda items (JSON text). */
    static String minimalWithAgenda(String agendaItems) {
        return minimalWith(agendaItems, "");
    }

    /** {@link #minimalWithAgenda}, with the given days of the organization of work (JSON text). */
    static String minimalWith(String agendaItems, String days) {
        return "{\"format\": \"agendum-meeting\", \"version\": 1, \"details\": {\"bodyName\": \"B\", "
                + "\"meetingName\": \"M\", \"venue\": \"Vienna\", \"startDate\": \"2018-07-02\", "
                + "\"endDate\": \"2018-07-03\", \"symbol\": \"A/1\", \"distribution\": \"general\", "
                + "\"issueDate\": \"2018-04-09\", \"originalLanguage\": \"en\", \"versionLanguage\": \"en\", "
                + "\"dutyStation\": \"vienna\", \"title\": \"T\"}, \"agenda\": [" + agendaItems + "], "
                + "\"organizationOfWork\": {\"days\": [" + days + "]}}\n";
    }

    /** The characters of text in {@link #minimalWithAgenda}'s details: "B", "M", "Vienna", "A/1", "T". */
    static final int MINIMAL_DETAILS_CHARACTERS = 12;

    /** Agenda items nested {@code levels} deep, one per level, ids i1, i2 … */
    static String nestedItems(int levels) {
        return HostileFiles.nestedItems(levels);
    }

    /** A minimal .docx: a zip with [Content_Types].xml and a document part, as Word writes it. */
    static byte[] wordDocument() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\""
                    + "application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd."
                    + "openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + "<w:p><w:r><w:t>Annotated provisional agenda</w:t></w:r></w:p></w:body></w:document>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
