package org.agendum.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.agendum.model.DetailField;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingInfo;
import org.agendum.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** An EditDetails carries one field and its new value, and sets only that field, whatever else has changed. */
class EditDetailsTest {
    private final Meeting reference = Fixtures.referenceMeeting();

    @Test
    void carriesOnlyTheFieldAndItsValue() {
        EditDetails<String> edit = new EditDetails<>(DetailField.VENUE, "Geneva");
        assertThat(edit.field()).isSameAs(DetailField.VENUE);
        assertThat(edit.value()).isEqualTo("Geneva");
        assertThat(edit).isEqualTo(new EditDetails<>(DetailField.VENUE, "Geneva"));
        assertThat(edit.label()).isEqualTo("Edit venue");
        assertThat(new EditDetails<>(DetailField.ISSUE_DATE, LocalDate.of(2018, 4, 10)).label())
                .isEqualTo("Edit date of issue");
    }

    @Test
    void setsItsFieldOnTheMeetingAsItIsThenAndLeavesTheOtherFields() {
        Meeting renamed = new EditDetails<>(DetailField.SYMBOL, "CTOC/COP/WG.4/2019/1").apply(reference);
        Meeting moved = new EditDetails<>(DetailField.VENUE, "Geneva").apply(renamed);
        assertThat(moved.details()).isEqualTo(reference.details().toBuilder()
                .symbol("CTOC/COP/WG.4/2019/1").venue("Geneva").build());
        assertThat(moved.agenda()).isSameAs(reference.agenda());
        assertThat(moved.organization()).isSameAs(reference.organization());
    }

    @Test
    void theSameValueChangesNothing() {
        assertThat(new EditDetails<>(DetailField.VENUE, "Vienna").apply(reference)).isSameAs(reference);
        CommandStack stack = new CommandStack(reference);
        stack.execute(new EditDetails<>(DetailField.VENUE, "Vienna"));
        assertThat(stack.canUndo()).isFalse();
    }

    @Test
    void typingInOneFieldIsOneStepAndTheNextFieldAnother() {
        CommandStack stack = new CommandStack(reference);
        for (String typed : new String[] {"G", "Ge", "Gen", "Geneva"}) {
            stack.execute(new EditDetails<>(DetailField.VENUE, typed));
        }
        stack.execute(new EditDetails<>(DetailField.SESSION_LINE, "E"));
        stack.execute(new EditDetails<>(DetailField.SESSION_LINE, "Ei"));
        assertThat(stack.undoDepth()).isEqualTo(2);
        assertThat(stack.meeting().details().meetingInfo().venue()).isEqualTo("Geneva");

        assertThat(stack.undoLabel()).contains("Edit session line");
        stack.undo();
        assertThat(stack.meeting().details()).isEqualTo(reference.details().toBuilder().venue("Geneva").build());
        assertThat(stack.undoLabel()).contains("Edit venue");
        stack.undo();
        assertThat(stack.meeting()).isEqualTo(reference);
    }

    @Test
    void aNewVisitToTheFieldIsANewStep() {
        CommandStack stack = new CommandStack(reference);
        stack.execute(new EditDetails<>(DetailField.VENUE, "Geneva"));
        stack.preventMerge();
        stack.execute(new EditDetails<>(DetailField.VENUE, "Geneva, Palais des Nations"));
        assertThat(stack.undoDepth()).isEqualTo(2);
        stack.undo();
        assertThat(stack.meeting().details().meetingInfo().venue()).isEqualTo("Geneva");
    }

    @Test
    void theDatesAreOneFieldWhoseStepAlsoLaysOutAnEmptyOrganization() {
        Meeting unorganized = reference.withOrganization(org.agendum.model.OrganizationOfWork.EMPTY);
        CommandStack stack = new CommandStack(unorganized);
        stack.execute(new EditDetails<>(DetailField.DATES,
                new MeetingInfo.Dates(LocalDate.of(2018, 7, 9), LocalDate.of(2018, 7, 10))));
        assertThat(stack.meeting().organization().days()).hasSize(2);
        assertThat(stack.undoDepth()).isEqualTo(1);
        stack.undo();
        assertThat(stack.meeting()).isEqualTo(unorganized);
    }
}
