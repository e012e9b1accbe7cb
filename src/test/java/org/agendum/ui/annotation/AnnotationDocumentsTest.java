package org.agendum.ui.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agendum.file.SampleMeeting;
import org.agendum.model.AgendaItem;
import org.agendum.model.FootnoteMark;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;
import org.fxmisc.richtext.model.StyledSegment;
import org.junit.jupiter.api.Test;
import org.reactfx.util.Either;

/** The mapping between the model's annotation and the area's document, without a window. */
class AnnotationDocumentsTest {
    private static final String LINK = "https://docs.un.org/en/CTOC/COP/WG.4/2017/3";

    @Test
    void everyAnnotationOfTheSampleGoesThereAndBack() {
        for (AgendaItem item : SampleMeeting.load().agenda().allItems()) {
            RichText text = item.annotation();
            assertThat(AnnotationDocuments.toRichText(AnnotationDocuments.toDocument(text))).isEqualTo(text);
        }
    }

    @Test
    void runsBecomeStyledSegmentsAndLevelsParagraphStyles() {
        RichText text = RichText.of(
                Paragraph.body(TextRun.plain("See "), new TextRun("the report", TextStyle.link(LINK).withBold(true)),
                        TextRun.plain(".")),
                Paragraph.subparagraph(2, "A sub-point."));
        var document = AnnotationDocuments.toDocument(text);

        assertThat(document.getParagraphs()).hasSize(2);
        assertThat(document.getParagraphs().get(0).getParagraphStyle()).isEqualTo(ParStyle.BODY);
        assertThat(document.getParagraphs().get(1).getParagraphStyle()).isEqualTo(new ParStyle(2));
        assertThat(document.getParagraphs().get(0).getStyledSegments()).containsExactly(
                new StyledSegment<>(Either.left("See "), TextStyle.PLAIN),
                new StyledSegment<>(Either.left("the report"), new TextStyle(true, false, false, false, LINK)),
                new StyledSegment<>(Either.left("."), TextStyle.PLAIN));
    }

    @Test
    void aFootnoteIsOneCharacterCarryingItsTextAndEachCallIsItsOwnObject() {
        FootnoteMark note = FootnoteMark.of("A note.");
        RichText text = RichText.of(Paragraph.body(TextRun.plain("Text"), note, TextRun.plain(" more"), note));
        var document = AnnotationDocuments.toDocument(text);

        assertThat(document.getText()).isEqualTo("Text\uFFFC more\uFFFC");
        List<FootnoteSegment> calls = document.getParagraphs().get(0).getSegments().stream()
                .filter(Either::isRight).map(Either::getRight).toList();
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0)).isEqualTo(calls.get(1)).isNotSameAs(calls.get(1));
        assertThat(calls.get(0).mark()).isEqualTo(note);
        assertThat(AnnotationDocuments.toRichText(document)).isEqualTo(text);
    }

    @Test
    void theEmptyAnnotationIsOneEmptyBodyParagraphAndBack() {
        var document = AnnotationDocuments.toDocument(RichText.EMPTY);
        assertThat(document.getParagraphs()).hasSize(1);
        assertThat(document.getText()).isEmpty();
        assertThat(AnnotationDocuments.toRichText(document)).isEqualTo(RichText.EMPTY);
        // an empty subparagraph is kept: its level is what the officer chose
        RichText emptyPoint = RichText.of(new Paragraph(1, List.of()));
        assertThat(AnnotationDocuments.toRichText(AnnotationDocuments.toDocument(emptyPoint))).isEqualTo(emptyPoint);
    }

    @Test
    void aFootnotesTextIsOneParagraphOfRuns() {
        List<TextRun> runs = List.of(TextRun.plain("United Nations, "), new TextRun("Treaty Series", TextStyle.ITALIC),
                TextRun.plain(", vol. 2237, No. 39574."));
        var document = AnnotationDocuments.toFootnoteDocument(runs);
        assertThat(document.getParagraphs()).hasSize(1);
        assertThat(AnnotationDocuments.toFootnoteRuns(document)).isEqualTo(runs);
        assertThat(AnnotationDocuments.toFootnoteRuns(AnnotationDocuments.toFootnoteDocument(List.of()))).isEmpty();
    }
}
