package org.agendum.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.agendum.edit.AddItem;
import org.agendum.edit.CommandStack;
import org.agendum.edit.DeleteItem;
import org.agendum.edit.EditDetails;
import org.agendum.edit.RenameItem;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.DetailField;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingInfo;
import org.agendum.testing.TestMeetings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The window's state without a window: JavaFX properties need no running toolkit. */
class MeetingViewModelTest {
    private Meeting sample;
    private CommandStack stack;
    private MeetingViewModel viewModel;

    @BeforeEach
    void setUp() {
        sample = TestMeetings.sample();
        stack = new CommandStack(sample);
        viewModel = new MeetingViewModel(stack);
    }

    @Test
    void startsWithTheFirstItemSelected() {
        assertThat(viewModel.selectedItem()).isEqualTo(TestMeetings.idOf(sample, "Organizational matters"));
        assertThat(viewModel.meeting()).isSameAs(sample);
    }

    @Test
    void followsTheCommandStack() {
        ItemId report = TestMeetings.idOf(sample, "Adoption of the report");
        List<Meeting> seen = new ArrayList<>();
        viewModel.meetingProperty().addListener((obs, old, meeting) -> seen.add(meeting));
        stack.execute(new RenameItem(report, "Adoption of the final report"));
        assertThat(seen).containsExactly(stack.meeting());
        stack.undo();
        assertThat(viewModel.meeting()).isEqualTo(sample);
    }

    @Test
    void keepsTheSelectionAcrossEditsOfOtherItems() {
        ItemId adoption = TestMeetings.idOf(sample, "Adoption of the agenda and organization of work");
        viewModel.select(adoption);
        stack.execute(new AddItem(null, 0, AgendaItem.titled("Election of officers")));
        stack.execute(new RenameItem(adoption, "Adoption of the agenda"));
        assertThat(viewModel.selectedItem()).isEqualTo(adoption);
    }

    @Test
    void whenTheSelectedItemIsDeletedTheNextOneIsSelected() {
        ItemId cooperation = TestMeetings.idOf(sample,
                "International cooperation in cases of trafficking in persons: considering the needs and rights of "
                        + "victims");
        ItemId questionnaire = TestMeetings.idOf(sample,
                "Preparation of the questionnaire to review the implementation of the Trafficking in Persons Protocol");
        viewModel.select(cooperation);
        stack.execute(new DeleteItem(cooperation, true));
        assertThat(viewModel.selectedItem()).isEqualTo(questionnaire);
    }

    @Test
    void selectionRulesAfterAnEdit() {
        Agenda before = sample.agenda();
        ItemId organizational = TestMeetings.idOf(sample, "Organizational matters");
        ItemId report = TestMeetings.idOf(sample, "Adoption of the report");
        ItemId other = TestMeetings.idOf(sample, "Other matters");
        ItemId cooperation = before.items().get(1).id();
        // the parent goes with its sub-items: the item that followed them is selected
        Agenda withoutFirst = before.remove(organizational);
        assertThat(MeetingViewModel.selectionAfter(before, withoutFirst, before.numbered().get(2).item().id()))
                .isEqualTo(cooperation);
        // the last item goes: the one before it
        assertThat(MeetingViewModel.selectionAfter(before, before.remove(report), report)).isEqualTo(other);
        // nothing was selected: the first item
        assertThat(MeetingViewModel.selectionAfter(before, before, null)).isEqualTo(organizational);
        // nothing is left
        assertThat(MeetingViewModel.selectionAfter(before, Agenda.EMPTY, report)).isNull();
    }

    @Test
    void openingAnotherMeetingSelectsItsFirstItem() {
        viewModel.select(TestMeetings.idOf(sample, "Other matters"));
        stack.reset(TestMeetings.styled(), true);
        assertThat(viewModel.selectedItem()).isEqualTo(TestMeetings.STYLED);
    }

    @Test
    void problemsFollowTheMeeting() {
        int problems = viewModel.problemsProperty().get().size();
        stack.execute(new EditDetails<>(DetailField.SYMBOL, ""));
        assertThat(viewModel.problemsProperty().get()).hasSize(problems + 1);
    }

    @Test
    void aMeetingThatEndsBeforeItStartsIsShownWithAnError() {
        LocalDate end = sample.details().meetingInfo().endDate();
        stack.execute(new EditDetails<>(DetailField.DATES, new MeetingInfo.Dates(end.plusDays(1), end)));
        assertThat(viewModel.meeting()).isSameAs(stack.meeting());
        assertThat(viewModel.problemsProperty().get())
                .anySatisfy(p -> assertThat(p.severity()).isEqualTo(org.agendum.validation.Problem.Severity.ERROR));
    }

    @Test
    void disposeStopsListening() {
        viewModel.dispose();
        stack.execute(new RenameItem(TestMeetings.idOf(sample, "Other matters"), "Any other business"));
        assertThat(viewModel.meeting()).isSameAs(sample);
    }
}
