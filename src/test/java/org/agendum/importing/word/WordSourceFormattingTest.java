package org.agendum.importing.word;

import static org.agendum.importing.SourceBlocks.export;
import static org.agendum.importing.SourceBlocks.paragraph;
import static org.agendum.importing.SourceBlocks.paragraphs;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.agendum.file.SampleMeeting;
import org.agendum.importing.source.SourceDocument;
import org.agendum.importing.source.SourceParagraph;
import org.agendum.model.FootnoteMark;
import org.agendum.model.Meeting;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;
import org.agendum.testing.TestMeetings;
import org.junit.jupiter.api.Test;

/** Character formatting, links and footnotes of an export come back as the model's runs. */
class WordSourceFormattingTest {
    @Test
    void boldItalicUnderlineSuperscriptLinksAndFootnotesComeBackAsTheModelHasThem() throws Exception {
        SourceDocument document = WordSource.read(export(TestMeetings.styled()), "styled.docx");

        SourceParagraph styled = paragraphs(document.body()).stream()
                .filter(p -> p.plainText().startsWith("Plain bold")).findFirst().orElseThrow();
        assertThat(styled.inlines()).containsExactly(
                TextRun.plain("Plain "),
                new TextRun("bold", TextStyle.BOLD),
                TextRun.plain(" "),
                new TextRun("italic", TextStyle.ITALIC),
                TextRun.plain(" "),
                new TextRun("underlined", TextStyle.PLAIN.withUnderline(true)),
                TextRun.plain(" x"),
                new TextRun("2", TextStyle.PLAIN.withSuperscript(true)),
                TextRun.plain(" see "),
                new TextRun("the report", TextStyle.link(TestMeetings.LINK)),
                TextRun.plain("."),
                FootnoteMark.of("The first footnote."));
        assertThat(paragraph(document.body(), "Another note.").footnotes())
                .containsExactly(FootnoteMark.of("The second footnote."));
        assertThat(paragraph(document.body(), "(a)\tFirst point;").plainText()).isEqualTo("\t(a)\tFirst point;");
        assertThat(paragraph(document.body(), "(i)\tA sub-point.").plainText()).isEqualTo("\t\t(i)\tA sub-point.");
    }

    @Test
    void theItemLinesAsteriskNoteIsANoteWithoutItsTypedMark() throws Exception {
        Meeting sample = SampleMeeting.load();
        Meeting withNote = sample.withDetails(sample.details().toBuilder()
                .agendaItemLine("Item 2 of the provisional agenda").agendaItemTitle("Adoption of the agenda")
                .agendaItemNote("E/CN.15/2011/1.").issueDate(LocalDate.of(2018, 4, 9)).build());
        SourceDocument document = WordSource.read(export(withNote), "note.docx");

        SourceParagraph line = paragraph(document.body(), "Item 2 of the provisional agenda");
        assertThat(line.inlines()).containsExactly(TextRun.plain("Item 2 of the provisional agenda"),
                FootnoteMark.of("E/CN.15/2011/1."));
        List<String> texts = paragraphs(document.body()).stream().map(SourceParagraph::plainText).toList();
        assertThat(texts).noneMatch(text -> text.contains("*"));
    }
}
