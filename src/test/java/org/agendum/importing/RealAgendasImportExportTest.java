package org.agendum.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.agendum.docx.ExportTokenScore;
import org.agendum.file.MeetingFiles;
import org.agendum.importing.recognize.ImportResult;
import org.agendum.testing.RealAgendas;
import org.agendum.testing.RealAgendas.Document;
import org.agendum.testing.TokenMatch;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 17's test on real agendas of other bodies, end to end as an officer would go: the document's text
 * (src/test/resources/org/agendum/real, SOURCES.md) imported, the meeting exported to Word, and the export's text
 * matched in order against the source's ({@link TokenMatch}: the share of the source's tokens the export gives back).
 *
 * <p>The meetings typed in by hand from the same texts score the same way in {@code RealAgendasExportTest}; an import
 * that scores clearly lower than its typed meeting has lost something on the way, so each document's score is held
 * to within a point of the typed meeting's too, not only to a floor. (Within a point, not equal: a typed meeting's
 * job line, which the texts do not carry, adds tokens at the export's end that the in-order match can use.)
 */
class RealAgendasImportExportTest {
    static Stream<Document> documents() {
        // floors: the score now less about a point (100 % where not said); what is missing is what the typed
        // meeting's export misses too
        return Stream.of(
                new Document("E/CN.15/2011/1", 99.0),
                new Document("CRC/C/81/1", 99.0),
                // 58.7 %: the "Note by the Secretary-General" before the list: reported as not placed (no place in a meeting)
                new Document("E/C.12/52/1", 57.7),
                new Document("A/AC.265/2003/L.1", 99.0),
                // 94.4 %: the source stops in 1 (a)'s heading, so items 1 and 1 (a) have no annotation to export (the
                // typed meeting's 95.3 % matches two more tokens, "1" and "a", in its job line)
                new Document("CAC/COSP/2015/1", 93.4),
                new Document("CEDAW/SP/2000/1", 99.0),
                // 85.9 % (85.6 % before the title's footnote came through): the older UNOG masthead, the parts' own
                // words, numbered paragraphs, and the title note's text, printed after the body as the footnotes are
                new Document("TD/TIMBER.3/1", 84.9));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void theImportedMeetingsExportReproducesTheSourceInOrder(Document document, @TempDir Path folder)
            throws Exception {
        String source = RealAgendas.text(document.stem() + ".txt");
        String reference = ExportTokenScore.referenceText(source);
        ImportResult imported = ImportFixtures.importText(source, document.stem() + ".txt");

        TokenMatch.Result fromImport = ExportTokenScore.score(imported.meeting(), reference, Files.createDirectory(folder.resolve("imported")));
        TokenMatch.Result fromTyped = ExportTokenScore.score(
                MeetingFiles.load(RealAgendas.path(document.stem() + ".agendum")), reference, Files.createDirectory(folder.resolve("typed")));

        System.out.println(document.symbol() + " imported, exported: " + fromImport.summary(6)
                + " (typed meeting: " + fromTyped.percent() + " %)");
        assertThat(fromImport.percent()).as(fromImport.summary(20)).isGreaterThanOrEqualTo(document.floor())
                .isGreaterThanOrEqualTo(fromTyped.percent() - 1.0);
    }
}
