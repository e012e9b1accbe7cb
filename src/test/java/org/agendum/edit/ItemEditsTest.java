package org.agendum.edit;

import static org.agendum.testing.Fixtures.ITEM_1;
import static org.agendum.testing.Fixtures.ITEM_1A;
import static org.agendum.testing.Fixtures.ITEM_2;
import static org.agendum.testing.Fixtures.ITEM_3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.agendum.model.AgendaItem;
import org.agendum.model.DetailField;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.ItemEntry;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingInfo;
import org.agendum.model.RichText;
import org.agendum.testing.Fixtures;
import org.junit.jupiter.api.Test;

class ItemEditsTest {
    private final Meeting meeting = Fixtures.referenceMeeting();
    private static final DocumentationEntry PAPER = new DocumentationEntry("Background paper", "CTOC/COP/WG.4/2018/2");
    private static final DocumentationEntry NON_PAPER = new DocumentationEntry("Non-paper", "CTOC/COP/WG.4/2018/CRP.1");

    @Test
    void addItemAtTheTopAndAsSubItem() {
        Meeting after = new AddItem(null, 1, AgendaItem.of(new ItemId("new"), "Election of officers")).apply(meeting);
        assertThat(after.agenda().numbered(new ItemId("new")).orElseThrow().reference()).isEqualTo("2");
        assertThat(after.agenda().numbered(ITEM_2).orElseThrow().reference()).isEqualTo("3");

        AddItem sub = new AddItem(ITEM_1, 0, AgendaItem.of(new ItemId("sub"), "Election of officers"));
        assertThat(sub.label()).isEqualTo("Add sub-item");
        assertThat(sub.apply(meeting).agenda().numbered(ITEM_1A).orElseThrow().reference()).isEqualTo("1 (b)");
    }

    @Test
    void addRefusesDuplicateIdsAndMissingParents() {
        assertThatThrownBy(() -> new AddItem(null, 0, AgendaItem.of(ITEM_2, "Copy")).apply(meeting))
                .isInstanceOf(EditRejectedException.class).hasMessageContaining("already used");
        assertThatThrownBy(() -> new AddItem(new ItemId("gone"), 0, AgendaItem.titled("x")).apply(meeting))
                .hasMessageContaining("no longer exists");
        assertThatThrownBy(() -> new AddItem(null, 99, AgendaItem.titled("x")).apply(meeting))
                .hasMessageContaining("does not exist");
    }

    @Test
    void deleteTakesSubItemsAndOptionallyTheirScheduleEntries() {
        Meeting kept = new DeleteItem(ITEM_1, false).apply(meeting);
        assertThat(kept.agenda().contains(ITEM_1A)).isFalse();
        assertThat(kept.organization().allEntries()).hasSize(8);

        Meeting cleaned = new DeleteItem(ITEM_1, true).apply(meeting);
        assertThat(cleaned.organization().allEntries()).hasSize(6)
                .noneMatch(e -> e instanceof ItemEntry i && i.item().equals(ITEM_1A));
    }

    @Test
    void renameAndAnnotate() {
        Meeting renamed = new RenameItem(ITEM_3, "Review mechanism").apply(meeting);
        assertThat(renamed.agenda().get(ITEM_3).title()).isEqualTo("Review mechanism");
        Meeting annotated = new ReplaceAnnotation(ITEM_3, RichText.of("New text")).apply(meeting);
        assertThat(annotated.agenda().get(ITEM_3).annotation().plainText()).isEqualTo("New text");
        assertThatThrownBy(() -> new RenameItem(new ItemId("gone"), "x").apply(meeting))
                .isInstanceOf(EditRejectedException.class);
    }

    @Test
    void documentationListEdits() {
        Meeting two = new CompositeEdit("Add documents", List.of(
                new AddDocumentation(ITEM_2, 0, PAPER), new AddDocumentation(ITEM_2, 1, NON_PAPER))).apply(meeting);
        assertThat(two.agenda().get(ITEM_2).documentation()).containsExactly(PAPER, NON_PAPER);

        Meeting swapped = new MoveDocumentation(ITEM_2, 1, 0).apply(two);
        assertThat(swapped.agenda().get(ITEM_2).documentation()).containsExactly(NON_PAPER, PAPER);

        DocumentationEntry fixed = new DocumentationEntry("Background paper", "CTOC/COP/WG.4/2018/3");
        Meeting edited = new EditDocumentation(ITEM_2, 0, fixed).apply(two);
        assertThat(edited.agenda().get(ITEM_2).documentation()).containsExactly(fixed, NON_PAPER);

        Meeting removed = new RemoveDocumentation(ITEM_2, 0).apply(two);
        assertThat(removed.agenda().get(ITEM_2).documentation()).containsExactly(NON_PAPER);

        assertThatThrownBy(() -> new RemoveDocumentation(ITEM_2, 5).apply(two))
                .isInstanceOf(EditRejectedException.class).hasMessageContaining("no entry 6");
    }

    @Test
    void detailsEditsNameTheFieldAndMergeWhileTyping() {
        var first = new EditDetails<>(DetailField.SYMBOL, "CTOC/COP/WG.4/2019/1");
        assertThat(first.label()).isEqualTo("Edit symbol");
        assertThat(first.apply(meeting).details().masthead().symbol()).isEqualTo("CTOC/COP/WG.4/2019/1");
        var typedOn = new EditDetails<>(DetailField.SYMBOL, "CTOC/COP/WG.4/2019/12");
        assertThat(first.mergedWith(typedOn)).contains(typedOn);
        assertThat(first.mergedWith(new EditDetails<>(DetailField.VENUE, "Vienna"))).isEmpty();

        var dates = new EditDetails<>(DetailField.DATES,
                new MeetingInfo.Dates(LocalDate.of(2019, 7, 1), LocalDate.of(2019, 7, 2)));
        assertThat(dates.apply(meeting).details().meetingInfo().endDate()).isEqualTo(LocalDate.of(2019, 7, 2));
    }
}
