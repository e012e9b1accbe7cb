package org.agendum.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.agendum.importing.recognize.ImportResult;
import org.agendum.importing.recognize.ReportEntry;
import org.agendum.importing.word.WordSource;
import org.agendum.model.AgendaItem;
import org.agendum.model.Language;
import org.agendum.model.ListEnd;
import org.agendum.model.Meeting;
import org.junit.jupiter.api.Test;

/**
 * The version's language when the masthead does not name it: taken from the title, else from the script most letters
 * are in, and said in the report as a guess; a document with no clue stays English, as before issue 18.
 */
class LanguageGuessImportTest {
    @Test
    void aFrenchCopyWithoutItsLanguageLineIsReadAsFrenchFromItsTitle() throws Exception {
        String text = WordAsText.of(WordSource.read(SourceBlocks.export(
                LanguageVersionsRoundTripTest.version(Language.FRENCH)), "export.docx")).replace("Français\n", "");

        ImportResult result = ImportFixtures.importText(text, "CTOC_COP_WG.4_2018_1.txt");

        assertThat(result.meeting().details().masthead().versionLanguage()).isEqualTo(Language.FRENCH);
        assertThat(result.meeting().details().meetingInfo().endDate()).isEqualTo(LocalDate.of(2018, 7, 3));
        assertThat(result.report().entries(ReportEntry.Kind.GUESSED)).extracting(ReportEntry::sentence)
                .contains("This version's language is French: the masthead names none, but the title,"
                        + " \u201COrdre du jour provisoire annot\u00E9\u201D, is French");
    }

    /** A Russian list pasted without masthead or headings: only its letters say it is Russian. */
    @Test
    void aRussianListWithoutTitleIsReadAsRussianFromItsScript() throws Exception {
        String text = """
                Рабочая группа по торговле людьми

                Вена, 2 и 3 июля 2018 года

                1. Организационные вопросы:

                a) открытие совещания;

                b) утверждение повестки дня

                2. Принятие доклада
                """;

        ImportResult result = ImportFixtures.importText(text, "list.txt");

        Meeting meeting = result.meeting();
        assertThat(meeting.details().masthead().versionLanguage()).isEqualTo(Language.RUSSIAN);
        assertThat(meeting.details().meetingInfo().venue()).isEqualTo("Вена");
        assertThat(meeting.details().meetingInfo().startDate()).isEqualTo(LocalDate.of(2018, 7, 2));
        assertThat(meeting.agenda().allItems()).extracting(AgendaItem::title).containsExactly(
                "Организационные вопросы", "открытие совещания", "утверждение повестки дня", "Принятие доклада");
        assertThat(meeting.agenda().allItems()).extracting(AgendaItem::listEnd).containsOnly(ListEnd.DERIVED);
        assertThat(result.report().entries(ReportEntry.Kind.GUESSED)).extracting(ReportEntry::sentence)
                .contains("This version's language is Russian: the masthead names none, but most of its letters are"
                        + " in Russian script");
    }

    @Test
    void theReferenceTextWithNoClueStaysEnglish() throws Exception {
        ImportResult result = ImportFixtures.importText(ImportFixtures.referenceText(), "CTOC_COP_WG.4_2018_1.txt");

        assertThat(result.meeting().details().masthead().versionLanguage()).isEqualTo(Language.ENGLISH);
        assertThat(result.report().entries(ReportEntry.Kind.GUESSED)).extracting(ReportEntry::sentence)
                .contains("This version's language is English: the masthead names none, as an English original's"
                        + " does not");
    }
}
