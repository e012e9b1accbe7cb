package org.agendum.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.agendum.file.SampleMeeting;
import org.agendum.importing.recognize.AgendaRecognizer;
import org.agendum.importing.recognize.ImportResult;
import org.agendum.importing.recognize.ReportEntry;
import org.agendum.importing.word.WordSource;
import org.agendum.model.Language;
import org.agendum.model.Meeting;
import org.agendum.testing.MeetingFieldScore;
import org.agendum.testing.MeetingsWithoutIds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 18: officers start from last session's document, which may be a French, Spanish, Russian, Chinese or Arabic
 * version. The sample as a version in each of the six languages (as LanguageVersionsExportTest builds it: what
 * Agendum prints of its own is in the language, the typed texts stay), exported to Word and imported back, is the
 * same meeting, ids aside, its version's language set: the masthead, the place and dates ("2 et 3 juillet 2018",
 * "2018年7月2日和3日，Vienna"), the title, the list's labels and punctuation ("a)", "(أ)", "；"), the headings, the
 * annex's days, times, references and "(continued)" are read in the language.
 */
class LanguageVersionsRoundTripTest {
    @ParameterizedTest
    @EnumSource(Language.class)
    void theSampleInEachLanguageComesBackTheSame(Language language) throws Exception {
        Meeting version = version(language);

        ImportResult result = AgendaRecognizer.recognize(WordSource.read(SourceBlocks.export(version), "export.docx"),
                ImportFixtures.TODAY);

        Meeting back = result.meeting();
        assertThat(back.details().masthead().versionLanguage()).isEqualTo(language);
        MeetingFieldScore score = MeetingFieldScore.of(version, back);
        assertThat(score.differences()).as(score.summary()).isEmpty();
        assertThat(MeetingsWithoutIds.of(back)).isEqualTo(MeetingsWithoutIds.of(version));
        assertThat(result.report().entries(ReportEntry.Kind.NOT_PLACED)).isEmpty();
    }

    /** The same export as an officer's copy of its text gives it (WordAsText), read by the text reader. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void theSampleInEachLanguageComesBackTheSameFromItsText(Language language) throws Exception {
        Meeting version = version(language);
        String text = WordAsText.of(WordSource.read(SourceBlocks.export(version), "export.docx"));

        ImportResult result = ImportFixtures.importText(text, "CTOC_COP_WG.4_2018_1.txt");

        Meeting back = result.meeting();
        assertThat(back.details().masthead().versionLanguage()).as(text).isEqualTo(language);
        MeetingFieldScore score = MeetingFieldScore.of(version, back);
        assertThat(score.differences()).as(score.summary() + "\n" + text).isEmpty();
        assertThat(MeetingsWithoutIds.of(back)).isEqualTo(MeetingsWithoutIds.of(version));
    }

    static Meeting version(Language language) {
        Meeting sample = SampleMeeting.load();
        return sample.withDetails(sample.details().toBuilder().versionLanguage(language).build());
    }
}
