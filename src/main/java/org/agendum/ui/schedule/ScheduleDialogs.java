package org.agendum.ui.schedule;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.stage.Window;
import org.agendum.gesture.SlotTimes;
import org.agendum.model.ItemId;
import org.agendum.model.Language;
import org.agendum.model.OrganizationOfWork;
import org.agendum.model.SlotId;

/** The organization of work's questions as modal dialogs, one small class each; ids for tests are on each class. */
public final class ScheduleDialogs implements SchedulePrompts {
    public ScheduleDialogs() {
        // stateless: each question builds its own dialog
    }

    /** See {@link MeetingTimesDialog}. */
    @Override
    public Optional<SlotTimes> meetingTimes(Window owner, Language version, String title, SlotTimes initial) {
        return new MeetingTimesDialog(owner, version, title, initial).showAndWait();
    }

    /** See {@link ChooseMeetingDialog}. */
    @Override
    public Optional<SlotId> chooseMeeting(Window owner, String itemLine, ItemId item, OrganizationOfWork work) {
        return new ChooseMeetingDialog(owner, itemLine, item, work).showAndWait();
    }

    /** See {@link DayDateDialog}. */
    @Override
    public Optional<LocalDate> dayDate(Window owner, String title, LocalDate initial) {
        return new DayDateDialog(owner, title, initial).showAndWait();
    }

    /** See {@link NoteTextDialog}. */
    @Override
    public Optional<String> noteText(Window owner, Language version, String title, String initial,
            Consumer<String> typed) {
        return new NoteTextDialog(owner, version, title, initial, typed).showAndWait();
    }
}
