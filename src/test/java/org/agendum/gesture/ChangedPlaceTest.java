package org.agendum.gesture;

import static org.agendum.testing.Fixtures.ITEM_1;
import static org.agendum.testing.Fixtures.ITEM_1A;
import static org.agendum.testing.Fixtures.ITEM_2;
import static org.agendum.testing.Fixtures.ITEM_4;
import static org.agendum.testing.Fixtures.ITEM_5;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agendum.edit.AddDay;
import org.agendum.edit.CommandStack;
import org.agendum.edit.DeleteItem;
import org.agendum.edit.EditDetails;
import org.agendum.edit.EditDocumentation;
import org.agendum.edit.EditItemHeading;
import org.agendum.edit.MeetingChange;
import org.agendum.edit.MoveItem;
import org.agendum.edit.RemoveScheduleEntry;
import org.agendum.edit.RenameItem;
import org.agendum.edit.SetListEnd;
import org.agendum.file.SampleMeeting;
import org.agendum.model.AgendaLayout;
import org.agendum.model.Day;
import org.agendum.model.DetailField;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.EntryId;
import org.agendum.model.ListEnd;
import org.agendum.model.Meeting;
import org.agendum.validation.Target;
import org.junit.jupiter.api.Test;

/** Where an undo or a redo changed the sample: what the window selects and shows after it. */
class ChangedPlaceTest {
    private final Meeting sample = SampleMeeting.load();
    private final CommandStack stack = new CommandStack(sample);
    private final List<MeetingChange> heard = new ArrayList<>();

    ChangedPlaceTest() {
        stack.addListener(heard::add);
    }

    private Optional<Target> afterUndo() {
        stack.undo();
        return ChangedPlace.of(heard.get(heard.size() - 1));
    }

    private Optional<Target> afterRedo() {
        stack.redo();
        return ChangedPlace.of(heard.get(heard.size() - 1));
    }

    @Test
    void aDeletedItemUndoneIsTheItemAndRedoneIsTheOneInItsPlace() {
        stack.execute(new DeleteItem(ITEM_1, true));
        assertThat(afterUndo()).contains(new Target.Item(ITEM_1));
        assertThat(afterRedo()).contains(new Target.Item(ITEM_2));
    }

    @Test
    void aRenameOrAMoveIsTheItemItself() {
        stack.execute(new RenameItem(ITEM_4, "Any other business"));
        assertThat(afterUndo()).contains(new Target.Item(ITEM_4));
        stack.execute(MoveItem.up(sample.agenda(), ITEM_5));
        assertThat(afterUndo()).as("not the sibling it swapped with").contains(new Target.Item(ITEM_5));
        assertThat(afterRedo()).contains(new Target.Item(ITEM_5));
    }

    @Test
    void aDocumentationEntryIsItsPlaceInTheList() {
        stack.execute(new EditDocumentation(ITEM_2, 0, new DocumentationEntry("Background", "CTOC/COP/WG.4/2018/2")));
        assertThat(afterUndo()).contains(new Target.Documentation(ITEM_2, 0));
    }

    @Test
    void anAnnotationHeadingIsTheItemAndAListEndItsPunctuation() {
        stack.execute(new EditItemHeading(ITEM_4, "Other business"));
        assertThat(afterUndo()).as("not the organization of work").contains(new Target.Item(ITEM_4));
        stack.execute(new SetListEnd(ITEM_2, ListEnd.SEMICOLON));
        assertThat(afterUndo()).contains(new Target.Punctuation(ITEM_2));
        assertThat(afterRedo()).contains(new Target.Punctuation(ITEM_2));
    }

    @Test
    void aDetailIsItsField() {
        stack.execute(new EditDetails<>(DetailField.VENUE, "Geneva"));
        assertThat(afterUndo()).contains(new Target.Detail(DetailField.VENUE));
        stack.execute(new EditDetails<>(DetailField.LAYOUT, AgendaLayout.PROVISIONAL_AGENDA));
        assertThat(afterUndo()).as("the form, not the title it changed with it")
                .contains(new Target.Detail(DetailField.LAYOUT));
    }

    @Test
    void theOrganizationOfWorkIsItsEntryOrDay() {
        EntryId entry = sample.organization().allEntries().get(0).id();
        stack.execute(new RemoveScheduleEntry(entry));
        assertThat(afterUndo()).contains(new Target.Entry(entry));
        assertThat(ChangedPlace.of(heard.get(0)).orElseThrow()).as("removed: the meeting it was in")
                .isInstanceOf(Target.Slot.class);
        int days = sample.organization().days().size();
        stack.execute(new AddDay(days, new Day(sample.details().meetingInfo().endDate().plusDays(1), List.of())));
        assertThat(afterUndo()).as("the day before the one taken away").contains(new Target.Day(days - 1));
        assertThat(afterRedo()).contains(new Target.Day(days));
    }

    @Test
    void aChangeOfNothingThatShowsIsNowhere() {
        stack.execute(new RenameItem(ITEM_1A, "Opening"));
        stack.undo();
        MeetingChange undone = heard.get(heard.size() - 1);
        assertThat(ChangedPlace.of(new MeetingChange(undone.after(), undone.after(), MeetingChange.Kind.UNDO,
                "x", Optional.empty()))).isEmpty();
    }
}
