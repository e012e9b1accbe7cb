package org.agendum.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.agendum.edit.RenameItem;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.junit.jupiter.api.Test;

class ItemContentTest {
    private final Meeting sample = TestMeetings.sample();

    @Test
    void headingIsTheReferenceAndTheTitle() {
        ItemId opening = TestMeetings.idOf(sample, "Opening of the meeting");
        assertThat(ItemContent.of(sample, opening).orElseThrow().heading()).isEqualTo("1 (a)  Opening of the meeting");
        ItemId other = TestMeetings.idOf(sample, "Other matters");
        assertThat(ItemContent.of(sample, other).orElseThrow().heading()).isEqualTo("4  Other matters");
    }

    @Test
    void headingDropsFinalPunctuationAsAnnotationHeadingsDo() {
        ItemId other = TestMeetings.idOf(sample, "Other matters");
        Meeting renamed = new RenameItem(other, "Other matters.").apply(sample);
        assertThat(ItemContent.of(renamed, other).orElseThrow().heading()).isEqualTo("4  Other matters");
    }

    @Test
    void showsTheFirstParagraphOfTheAnnotation() {
        ItemId adoption = TestMeetings.idOf(sample, "Adoption of the agenda and organization of work");
        AnnotationLayout layout = ItemContent.of(sample, adoption).orElseThrow().annotation();
        String first = layout.paragraphs().get(0).segments().stream().map(Segment::text)
                .collect(java.util.stream.Collectors.joining());
        assertThat(first).startsWith("In its resolution 7/1");
    }

    @Test
    void footnotesContinueTheNumberingOfEarlierItems() {
        Meeting styled = TestMeetings.styled();
        AnnotationLayout second = ItemContent.of(styled, TestMeetings.SECOND).orElseThrow().annotation();
        assertThat(second.footnotes()).extracting(AnnotationLayout.Footnote::number).containsExactly(2);
        assertThat(ItemContent.of(styled, TestMeetings.STYLED).orElseThrow().documentation()).hasSize(1);
    }

    @Test
    void listsTheDirectSubItems() {
        ItemContent organizational = ItemContent.of(sample, TestMeetings.idOf(sample, "Organizational matters"))
                .orElseThrow();
        assertThat(organizational.subItems()).extracting(AgendaRow::text).containsExactly(
                "(a) Opening of the meeting", "(b) Adoption of the agenda and organization of work");
        assertThat(ItemContent.of(sample, TestMeetings.idOf(sample, "Other matters")).orElseThrow().subItems())
                .isEmpty();
    }

    @Test
    void nothingToShowWithoutSelectionOrForAnUnknownItem() {
        assertThat(ItemContent.of(sample, null)).isEmpty();
        assertThat(ItemContent.of(sample, new ItemId("gone"))).isEmpty();
    }

    @Test
    void equalContentForAnUnchangedItem() {
        ItemId report = TestMeetings.idOf(sample, "Adoption of the report");
        ItemId opening = TestMeetings.idOf(sample, "Opening of the meeting");
        Meeting edited = new RenameItem(opening, "Opening of the session").apply(sample);
        assertThat(ItemContent.of(edited, report)).isEqualTo(ItemContent.of(sample, report));
    }
}
