package org.agendum.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.agendum.file.SampleMeeting;
import org.agendum.importing.recognize.ImportResult;
import org.agendum.importing.recognize.ReportEntry;
import org.agendum.model.Meeting;
import org.agendum.testing.MeetingFieldScore;
import org.agendum.testing.MeetingsWithoutIds;
import org.junit.jupiter.api.Test;

/**
 * The reference text of CTOC/COP/WG.4/2018/1 (as a web copy gives it: a paragraph a line, the annex's columns as
 * tabs, {@code <i>} and a link in Markdown) imports to the built-in sample, ids aside: the masthead, every item, every
 * annotation paragraph with its styles and its link, both Documentation entries, the whole organization of work.
 *
 * <p>One field does not come from the text: the symbol, which the copy does not print. It is taken from the file's
 * name, and the report says so.
 */
class ReferenceTextImportTest {
    private static final String NAME = "CTOC_COP_WG.4_2018_1.txt";

    @Test
    void theReferenceTextImportsToTheSample() throws Exception {
        ImportResult result = ImportFixtures.importText(ImportFixtures.referenceText(), NAME);

        Meeting sample = SampleMeeting.load();
        assertThat(MeetingFieldScore.of(sample, result.meeting()).differences()).isEmpty();
        assertThat(MeetingsWithoutIds.of(result.meeting())).isEqualTo(MeetingsWithoutIds.of(sample));
    }

    @Test
    void theSymbolIsSaidToBeGuessedFromTheFilesName() throws Exception {
        ImportResult result = ImportFixtures.importText(ImportFixtures.referenceText(), NAME);

        assertThat(result.report().entries(ReportEntry.Kind.GUESSED)).extracting(ReportEntry::sentence)
                .anyMatch(s -> s.contains("CTOC/COP/WG.4/2018/1") && s.contains("file's name"));
    }

    @Test
    void everyBlockIsRecognizedAndNothingIsLeftUnplaced() throws Exception {
        ImportResult result = ImportFixtures.importText(ImportFixtures.referenceText(), NAME);

        assertThat(result.report().entries(ReportEntry.Kind.NOT_PLACED)).isEmpty();
        // every line of text is accounted for: the report's places cover every non-blank line
        long textLines = ImportFixtures.referenceText().lines().filter(l -> !l.isBlank()).count();
        long placesReported = result.report().entries().stream().filter(e -> e.place().isPresent())
                .map(e -> e.place().get().description()).distinct().count();
        // the paragraph broken by a blank line in the middle ("in accordance" / "with Conference …") is one block
        assertThat(placesReported).isEqualTo(textLines - 1);
    }

    @Test
    void theReportGoesToTheItems() throws Exception {
        ImportResult result = ImportFixtures.importText(ImportFixtures.referenceText(), NAME);

        ReportEntry documentation = result.report().entries().stream()
                .filter(e -> e.sentence().startsWith("A Documentation entry of item 3")).findFirst().orElseThrow();
        assertThat(documentation.item()).isPresent();
        assertThat(result.meeting().agenda().get(documentation.item().get()).title())
                .startsWith("Preparation of the questionnaire");
        assertThat(documentation.place().orElseThrow().description()).isEqualTo("line 68");
    }
}
