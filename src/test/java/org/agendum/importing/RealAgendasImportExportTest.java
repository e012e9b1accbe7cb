package org.agendum.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.agendum.docx.ExportTokenScore;
import org.agendum.docx.RealAgendasExportTest;
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
    /**
     * The documents of the typed meetings' test, with their floors less a point: the import's scores are the typed
     * meetings' (what each loses, and why, is said there) but for CAC/COSP/2015/1's 94.4 % against 95.3 % (the typed
     * meeting's job line, which its text does not carry, gives the in-order match two more tokens, "1" and "a").
     */
    static Stream<Document> documents() {
        return RealAgendasExportTest.documents().map(d -> new Document(d.symbol(), d.floor() - 1.0));
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
