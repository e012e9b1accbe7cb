package org.agendum.ui.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.TreeItem;
import org.agendum.edit.AddItem;
import org.agendum.edit.CompositeEdit;
import org.agendum.edit.DeleteItem;
import org.agendum.edit.DropPosition;
import org.agendum.edit.Edit;
import org.agendum.edit.MoveItem;
import org.agendum.edit.RemoveScheduleEntry;
import org.agendum.edit.RenameItem;
import org.agendum.model.AgendaItem;
import org.agendum.model.ItemEntry;
import org.agendum.model.ItemId;
import org.agendum.model.Language;
import org.agendum.model.Masthead;
import org.agendum.model.Meeting;
import org.agendum.testing.TestMeetings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tree items follow the agenda by id; needs no window (TreeItem is plain observable state). */
class AgendaTreeModelTest {
    private Meeting meeting;
    private AgendaTreeModel model;
    private ItemId organizational;
    private ItemId adoption;
    private ItemId report;

    @BeforeEach
    void setUp() {
        meeting = TestMeetings.sample();
        model = new AgendaTreeModel();
        model.update(meeting);
        organizational = TestMeetings.idOf(meeting, "Organizational matters");
        adoption = TestMeetings.idOf(meeting, "Adoption of the agenda and organization of work");
        report = TestMeetings.idOf(meeting, "Adoption of the report");
    }

    @Test
    void buildsTheAgendaAsATreeWithEverythingExpanded() {
        assertThat(texts(model.root())).hasSize(7).startsWith(
                "1. Organizational matters", "(a) Opening of the meeting",
                "(b) Adoption of the agenda and organization of work").endsWith("4. Other matters", "5. Adoption of the report");
        assertThat(model.root().getChildren()).hasSize(5);
        assertThat(model.find(organizational).orElseThrow().getChildren()).hasSize(2);
        assertThat(model.find(organizational).orElseThrow().isExpanded()).isTrue();
    }

    /** The tree numbers the items as the document will print them: the forms of the version's language. */
    @Test
    void theLabelsFollowTheVersionsLanguageAndTurnBackWithIt() {
        TreeItem<AgendaRow> opening = model.find(TestMeetings.idOf(meeting, "Opening of the meeting")).orElseThrow();

        model.update(inLanguage(meeting, Language.FRENCH));
        assertThat(texts(model.root())).startsWith("1. Organizational matters", "a) Opening of the meeting",
                "b) Adoption of the agenda and organization of work");
        assertThat(model.find(adoption).orElseThrow().getValue().reference()).isEqualTo("1 b)");
        assertThat(model.find(TestMeetings.idOf(meeting, "Opening of the meeting"))).as("the same row, relabelled")
                .containsSame(opening);

        model.update(inLanguage(meeting, Language.ARABIC));
        assertThat(model.find(adoption).orElseThrow().getValue().label()).isEqualTo("(\u0628)");

        model.update(meeting);
        assertThat(texts(model.root())).startsWith("1. Organizational matters", "(a) Opening of the meeting");
    }

    private static Meeting inLanguage(Meeting meeting, Language version) {
        return meeting.withDetails(meeting.details().withMasthead(meeting.details().masthead().withLanguages(
                new Masthead.Languages(meeting.details().masthead().languages().original(), version))));
    }

    @Test
    void shownOnlyTheGivenItemsTheTreeKeepsTheItemsTheyAreUnderWithTheirNumbersAndTheirTreeItems() {
        TreeItem<AgendaRow> reportItem = model.find(report).orElseThrow();
        model.update(meeting, null, java.util.Set.of(adoption, report));

        assertThat(texts(model.root())).containsExactly("1. Organizational matters",
                "(b) Adoption of the agenda and organization of work", "5. Adoption of the report");
        assertThat(model.find(TestMeetings.idOf(meeting, "Other matters"))).isEmpty();
        assertThat(model.find(report)).containsSame(reportItem);

        model.update(meeting, null, null);
        assertThat(texts(model.root())).hasSize(7);
        assertThat(model.find(report)).containsSame(reportItem);
    }

    @Test
    void aRenameUpdatesTheRowInItsOwnTreeItem() {
        TreeItem<AgendaRow> before = model.find(adoption).orElseThrow();
        apply(new RenameItem(adoption, "Adoption of the agenda"));
        assertThat(model.find(adoption)).containsSame(before);
        assertThat(before.getValue().text()).isEqualTo("(b) Adoption of the agenda");
    }

    @Test
    void aNewItemRenumbersTheOthersButKeepsTheirTreeItemsAndExpansion() {
        TreeItem<AgendaRow> first = model.find(organizational).orElseThrow();
        first.setExpanded(false);
        apply(new AddItem(null, 0, AgendaItem.of(new ItemId("election"), "Election of officers")));
        assertThat(model.root().getChildren().get(0).getValue().text()).isEqualTo("1. Election of officers");
        assertThat(model.root().getChildren().get(1)).isSameAs(first);
        assertThat(first.getValue().text()).isEqualTo("2. Organizational matters");
        assertThat(first.isExpanded()).isFalse();
        assertThat(model.root().getChildren().get(0).isExpanded()).isTrue();
    }

    @Test
    void anItemMovedUnderAnotherParentKeepsItsTreeItem() {
        TreeItem<AgendaRow> moved = model.find(report).orElseThrow();
        apply(MoveItem.relativeTo(meeting.agenda(), report, adoption, DropPosition.AFTER));
        assertThat(moved.getParent()).isSameAs(model.find(organizational).orElseThrow());
        assertThat(moved.getValue().text()).isEqualTo("(c) Adoption of the report");
        assertThat(model.root().getChildren()).hasSize(4).doesNotContain(moved);
    }

    @Test
    void aDeletedItemLeavesTheTree() {
        apply(new DeleteItem(adoption, true));
        assertThat(model.find(adoption)).isEmpty();
        assertThat(model.find(organizational).orElseThrow().getChildren()).hasSize(1);
    }

    @Test
    void anUnchangedAgendaTouchesNothing() {
        TreeItem<AgendaRow> item = model.find(adoption).orElseThrow();
        AgendaRow row = item.getValue();
        int[] changes = {0};
        model.root().addEventHandler(TreeItem.treeNotificationEvent(), e -> changes[0]++);
        model.update(meeting);
        assertThat(item.getValue()).isSameAs(row);
        assertThat(changes[0]).isZero();
    }

    @Test
    void anOrganizationChangeOnlyFlipsTheMarkOfTheRowsItConcerns() {
        ItemId other = TestMeetings.idOf(meeting, "Other matters");
        TreeItem<AgendaRow> otherItem = model.find(other).orElseThrow();
        TreeItem<AgendaRow> first = model.find(organizational).orElseThrow();
        first.setExpanded(false);
        AgendaRow reportRow = model.find(report).orElseThrow().getValue();
        List<TreeItem<AgendaRow>> topLevel = List.copyOf(model.root().getChildren());
        assertThat(otherItem.getValue().unscheduled()).isFalse();

        apply(new CompositeEdit("Remove entries", meeting.organization().allEntries().stream()
                .filter(e -> e instanceof ItemEntry i && i.item().equals(other))
                .<Edit>map(e -> new RemoveScheduleEntry(e.id())).toList()));
        assertThat(model.find(other)).containsSame(otherItem);
        assertThat(otherItem.getValue().unscheduled()).isTrue();
        assertThat(otherItem.getValue().text()).isEqualTo("4. Other matters");
        assertThat(model.find(report).orElseThrow().getValue()).isSameAs(reportRow);
        assertThat(model.root().getChildren()).containsExactlyElementsOf(topLevel);
        assertThat(first.isExpanded()).isFalse();
    }

    private void apply(Edit edit) {
        meeting = edit.apply(meeting);
        model.update(meeting);
    }

    private static List<String> texts(TreeItem<AgendaRow> root) {
        List<String> out = new java.util.ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(TreeItem<AgendaRow> item, List<String> out) {
        for (TreeItem<AgendaRow> child : item.getChildren()) {
            out.add(child.getValue().text());
            collect(child, out);
        }
    }
}
