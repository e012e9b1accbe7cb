package org.agendum.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agendum.model.AgendaItem;
import org.agendum.model.RichText;
import org.junit.jupiter.api.Test;

class AnnotationLayoutTest {
    private final AgendaItem styled = TestMeetings.styled().agenda().get(TestMeetings.STYLED);

    @Test
    void mapsEachRunToASegmentWithItsStyleClasses() {
        List<Segment> segments = AnnotationLayout.of(styled.annotation(), 1).paragraphs().get(0).segments();
        assertThat(segments).extracting(Segment::text).containsExactly(
                "Plain ", "bold", " ", "italic", " ", "underlined", " x", "2", " see ", "the report", ".", "1");
        assertThat(classesOf(segments, "Plain ")).containsExactly("segment");
        assertThat(classesOf(segments, "bold")).containsExactly("segment", "bold");
        assertThat(classesOf(segments, "italic")).containsExactly("segment", "italic");
        assertThat(classesOf(segments, "underlined")).containsExactly("segment", "underline");
        assertThat(classesOf(segments, "2")).containsExactly("segment", "superscript");
        assertThat(classesOf(segments, "the report")).containsExactly("segment", "link");
        assertThat(segments.get(9).link()).isEqualTo(TestMeetings.LINK);
    }

    @Test
    void aFootnoteMarkBecomesASuperscriptNumberAndItsTextIsListedBelow() {
        AnnotationLayout layout = AnnotationLayout.of(styled.annotation(), 1);
        Segment call = layout.paragraphs().get(0).segments().get(11);
        assertThat(call.footnoteCall()).isTrue();
        assertThat(call.text()).isEqualTo("1");
        assertThat(call.styleClasses()).containsExactly("segment", "superscript", "footnote-call");
        assertThat(layout.footnotes()).singleElement().satisfies(footnote -> {
            assertThat(footnote.number()).isEqualTo(1);
            assertThat(footnote.segments()).extracting(Segment::text).containsExactly("The first footnote.");
        });
    }

    @Test
    void footnotesAreNumberedFromTheGivenNumber() {
        AnnotationLayout layout = AnnotationLayout.of(styled.annotation(), 4);
        assertThat(layout.footnotes().get(0).number()).isEqualTo(4);
        assertThat(layout.paragraphs().get(0).segments().get(11).text()).isEqualTo("4");
    }

    @Test
    void subparagraphsCarryTheirDerivedLabelsAndLevels() {
        List<AnnotationLayout.Block> blocks = AnnotationLayout.of(styled.annotation(), 1).paragraphs();
        assertThat(blocks).extracting(AnnotationLayout.Block::label).containsExactly("", "(a)", "(b)", "(i)", "");
        assertThat(blocks).extracting(AnnotationLayout.Block::level).containsExactly(0, 1, 1, 2, 0);
    }

    @Test
    void anEmptyAnnotationIsEmpty() {
        assertThat(AnnotationLayout.of(RichText.EMPTY, 1).isEmpty()).isTrue();
        assertThat(AnnotationLayout.of(RichText.of(" "), 1).isEmpty()).isTrue();
        assertThat(AnnotationLayout.of(styled.annotation(), 1).isEmpty()).isFalse();
    }

    private static List<String> classesOf(List<Segment> segments, String text) {
        return segments.stream().filter(s -> s.text().equals(text)).findFirst().orElseThrow().styleClasses();
    }
}
