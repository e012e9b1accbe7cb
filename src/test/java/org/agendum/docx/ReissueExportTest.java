package org.agendum.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.agendum.file.SampleMeeting;
import org.agendum.model.Language;
import org.agendum.model.Meeting;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

/**
 * A document reissued under its own symbol for technical reasons (issue 19): the masthead's symbol with its asterisk
 * ("CAC/COSP/2015/10*", docs/un-format.md §5.4), the note "* Reissued for technical reasons on …" first among the
 * notes of page 1, in the version's language; the running headers and the masthead's date stay the document's.
 */
class ReissueExportTest {
    private static final String SYMBOL = "CTOC/COP/WG.4/2018/1";
    private static final LocalDate REISSUED = LocalDate.of(2018, 4, 17);
    private static final ExportOptions REISSUE = ExportOptions.DEFAULT.reissuedOn(REISSUED);

    @Test
    void theSymbolHasItsAsteriskAndPageOneTheNoteWithTheDay() throws Exception {
        try (ExportedDocument document = ExportedDocument.of(SampleMeeting.load(), REISSUE)) {
            assertThat(String.join("\n", ExportedDocument.lines(document.firstHeader()))).contains(SYMBOL + "*")
                    .contains("9 April 2018");
            assertThat(document.footnoteLines().get(0)).isEqualTo("*\tReissued for technical reasons on 17 April 2018.");
            assertThat(String.join("\n", ExportedDocument.lines(document.oddHeader()))).contains(SYMBOL)
                    .doesNotContain("*");
            // the reference hangs on the first line with a zero-width mark: the body prints no asterisk of its own
            XWPFParagraph first = document.document.getParagraphs().get(0);
            assertThat(ExportedDocument.text(first)).isEqualTo("\u200b" + "Working Group on Trafficking in Persons");
            XWPFRun reference = first.getRuns().get(0);
            assertThat(ExportedDocument.ownMark(reference.getCTR().getFootnoteReferenceArray(0))).isTrue();
            assertThat(document.textLines()).noneMatch(line -> line.contains("*"));
        }
    }

    @Test
    void withoutAReissueNothingChanges() throws Exception {
        Meeting sample = SampleMeeting.load();
        try (ExportedDocument plain = ExportedDocument.of(sample);
             ExportedDocument options = ExportedDocument.of(sample, ExportOptions.DEFAULT.reissuedOn(null))) {
            assertThat(String.join("\n", ExportedDocument.lines(plain.firstHeader()))).contains(SYMBOL)
                    .doesNotContain(SYMBOL + "*");
            assertThat(plain.footnoteLines()).noneMatch(line -> line.startsWith("*"));
            assertThat(options.allLines()).isEqualTo(plain.allLines());
        }
    }

    /** A title's own asterisk note comes after the reissue's: "**". */
    @Test
    void aTitleNoteBecomesTheSecondAsterisk() throws Exception {
        Meeting meeting = VariantMeetings.lateCommissionUnderItemTwo();
        Meeting titleNoteOnly = meeting.withDetails(meeting.details().toBuilder().agendaItemNote("").build());
        try (ExportedDocument document = ExportedDocument.of(titleNoteOnly, REISSUE)) {
            assertThat(document.footnoteLines().subList(0, 2)).containsExactly(
                    "*\tReissued for technical reasons on 17 April 2018.", "**\t" + VariantMeetings.LATE_SUBMISSION);
            assertThat(document.textLines()).anyMatch(line -> line.endsWith("annotations**"));
        }
    }

    @Test
    void theNoteIsInTheVersionsLanguage() throws Exception {
        Meeting sample = SampleMeeting.load();
        Meeting french = sample.withDetails(sample.details().toBuilder().versionLanguage(Language.FRENCH).build());
        Meeting chinese = sample.withDetails(sample.details().toBuilder().versionLanguage(Language.CHINESE).build());
        try (ExportedDocument fr = ExportedDocument.of(french, REISSUE);
             ExportedDocument zh = ExportedDocument.of(chinese, REISSUE)) {
            assertThat(fr.footnoteLines().get(0)).isEqualTo("*\tNouveau tirage pour raisons techniques (17 avril 2018).");
            assertThat(zh.footnoteLines().get(0)).isEqualTo("*\t因技术原因于2018年4月17日重新印发。");
        }
    }
}
