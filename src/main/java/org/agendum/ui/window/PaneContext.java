package org.agendum.ui.window;

import java.util.Objects;
import java.util.function.Consumer;
import org.agendum.ui.common.MeetingViewModel;
import org.agendum.ui.schedule.ScheduleDialogs;
import org.agendum.ui.schedule.SchedulePrompts;

/**
 * What the window gives its right pane: the view model (meeting, selected item, problems, and the command stack
 * through which every change goes), a way to open links (document symbols' ODS addresses) in the browser, and a
 * way to tell the officer something without a dialog: {@code showMessage} puts a sentence in the status bar, for
 * instance the message of an {@link org.agendum.edit.EditRejectedException}; {@code schedulePrompts} asks the
 * organization of work's questions (dialogs, or scripted answers in tests).
 */
public record PaneContext(MeetingViewModel viewModel, Consumer<String> openLink, Consumer<String> showMessage,
        SchedulePrompts schedulePrompts) {
    /** With the organization of work's questions asked in dialogs. */
    public PaneContext(MeetingViewModel viewModel, Consumer<String> openLink, Consumer<String> showMessage) {
        this(viewModel, openLink, showMessage, new ScheduleDialogs());
    }

    public PaneContext {
        Objects.requireNonNull(schedulePrompts, "schedulePrompts");
        Objects.requireNonNull(viewModel, "viewModel");
        Objects.requireNonNull(openLink, "openLink");
        Objects.requireNonNull(showMessage, "showMessage");
    }
}
