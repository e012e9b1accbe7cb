package org.agendum.docx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.agendum.file.MeetingFiles;
import org.agendum.file.SampleMeeting;
import org.agendum.model.Meeting;
import org.agendum.testing.RealAgendas;
import org.agendum.testing.RealAgendas.Document;
import org.agendum.testing.TokenMatch;
import org.agendum.validation.MeetingValidator;
import org.agendum.validation.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real agendas of other bodies (issue 15), typed in as meeting files from public text extractions
 * (src/test/resources/org/agendum/real: SYMBOL.agendum beside SYMBOL.txt; SOURCES.md says where each text comes
 * from and how much of the document it holds). Each is exported to Word and read back, and its text is scored
 * against the document's: the share of the reference's tokens the export reproduces in order ({@link TokenMatch}).
 *
 * <p>Most sources are partial (masthead, list, first annotations), so a score says how much of what the source
 * shows the export gives back; what the model or the export cannot yet say is what is missing. The floors are
 * what the export scores now, less about a point, so that a regression fails: raise them when the export
 * improves (the item line in two lines, the headings each form prints, empty items left out).
 */
public class RealAgendasExportTest {

    /** The documents with the floors of their typed meetings' exports; the import's test holds to them too. */
    public static Stream<Document> documents() {
        // floors: the score now (see the class comment) less a point; what each loses now, and why
        return Stream.of(
                // 100 %: the item line in two lines (issue 15)
                new Document("E/CN.15/2011/1", 99.0),
                // 100 %
                new Document("CRC/C/81/1", 99.0),
                // 58.7 %: the "Note by the Secretary-General" with its numbered paragraphs before the list, which
                // the model has no place for yet; the rest is there
                new Document("E/C.12/52/1", 57.7),
                // 100 %: the source ends with the list
                new Document("A/AC.265/2003/L.1", 99.0),
                // 95.3 %: the source stops after the headings of 1 and 1 (a) and cuts off their paragraph, so the
                // file leaves those annotations empty, and the export leaves empty items out, as real documents do
                new Document("CAC/COSP/2015/1", 94.3),
                // 100 %: the heading "Item 6" is the item's own annotation heading
                new Document("CEDAW/SP/2000/1", 99.0),
                // 85.9 %: the older UNOG masthead (TD, UNITED NATIONS, Distr. GENERAL, the symbol in the Distr.
                // block, ENGLISH), the parts' own words ("Provisional Agenda", "Annotations to the Provisional
                // Agenda") and the numbered paragraphs; the title's asterisk is printed (85.6 % before the title had a
                // note), but its note's text, which the source's text gives after the list, stands after the body in
                // the export's reading order (the footnotes), so the in-order match cannot count it
                new Document("TD/TIMBER.3/1", 84.9));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void theExportReproducesTheDocumentsTextInOrder(Document document, @TempDir Path folder) throws Exception {
        TokenMatch.Result result = ExportTokenScore.score(MeetingFiles.load(resource(document.stem() + ".agendum")),
                ExportTokenScore.referenceText(text(document.stem() + ".txt")), folder);

        System.out.println(document.symbol() + ": " + result.summary(6));
        assertThat(result.percent()).as("%s: %s", document.symbol(), result.summary(20))
                .isGreaterThanOrEqualTo(document.floor());
    }

    /** The scorer itself, on the sample, whose every line the export is known to reproduce (SampleExportTest). */
    @Test
    void theSampleReproducesItsDocumentInFull(@TempDir Path folder) throws Exception {
        String reference;
        try (InputStream in = RealAgendasExportTest.class.getResourceAsStream("/reference/CTOC_COP_WG.4_2018_1.txt")) {
            reference = ExportTokenScore.referenceText(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }

        TokenMatch.Result result = ExportTokenScore.score(SampleMeeting.load(), reference, folder);

        System.out.println("CTOC/COP/WG.4/2018/1 (the sample): " + result.summary(6));
        assertThat(result.missing()).as(result.summary(20)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void theMeetingFileHasNoErrors(Document document) throws Exception {
        List<Problem> problems = MeetingValidator.validate(MeetingFiles.load(resource(document.stem() + ".agendum")));

        // warnings are expected: no organization of work in any source, overridden punctuation where the real
        // list has it
        assertThat(problems).filteredOn(p -> p.severity() == Problem.Severity.ERROR).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void theMeetingFileIsValidAgainstTheSchema(Document document) throws Exception {
        JsonSchema schema;
        try (InputStream in = MeetingFiles.class.getResourceAsStream("agendum-meeting-2.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(new ObjectMapper().readTree(in));
        }

        assertThat(schema.validate(new ObjectMapper().readTree(bytes(document.stem() + ".agendum")))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void theMeetingFileRoundTripsUnchanged(Document document) throws Exception {
        byte[] file = bytes(document.stem() + ".agendum");
        Meeting meeting = MeetingFiles.read(file, document.stem());

        // typed in Agendum's own canonical form, so writing it back gives the same bytes
        assertThat(new String(MeetingFiles.write(meeting), StandardCharsets.UTF_8))
                .isEqualTo(new String(file, StandardCharsets.UTF_8));
        assertThat(MeetingFiles.read(MeetingFiles.write(meeting), document.stem())).isEqualTo(meeting);
    }

    private static Path resource(String name) {
        return RealAgendas.path(name);
    }

    private static byte[] bytes(String name) {
        return RealAgendas.bytes(name);
    }

    private static String text(String name) {
        return RealAgendas.text(name);
    }
}
