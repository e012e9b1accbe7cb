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

/**
 * The questions the organization of work asks the officer, each answered in a small modal dialog (see
 * {@link ScheduleDialogs}); tests script the answers. Every method returns empty when the officer cancels.
 */
public interface SchedulePrompts {
    /**
     * A meeting's start, end and label, starting from {@code initial}; the label is typed as in a version in
     * {@code version} (its quotation marks, right to left in Arabic), the times shown as its annex prints them.
     */
    Optional<SlotTimes> meetingTimes(Window owner, Language version, String title, SlotTimes initial);

    /** The meeting in which to take up the item {@code itemLine} ("2 International cooperation …"). */
    Optional<SlotId> chooseMeeting(Window owner, String itemLine, ItemId item, OrganizationOfWork work);

    /** A day's date, starting from {@code initial}. */
    Optional<LocalDate> dayDate(Window owner, String title, LocalDate initial);

    /**
     * The text of a free-text entry ("Informal consultations"), starting from {@code initial}; {@code typed} is told
     * the text after every keystroke, so that it is on the command stack while the dialog is open. The note is typed
     * as in a version in {@code version}: its quotation marks, right to left in Arabic.
     */
    Optional<String> noteText(Window owner, Language version, String title, String initial, Consumer<String> typed);
}
