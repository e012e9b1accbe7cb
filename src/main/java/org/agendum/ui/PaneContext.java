package org.agendum.ui;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * What the window gives its right pane: the view model (meeting, selected item, problems, and the command stack
 * through which every change goes), a way to open links (document symbols' ODS addresses) in the browser, and a
 * way to tell the officer something without a dialog: {@code showMessage} puts a sentence in the status bar, for
 * instance the message of an {@link org.agendum.edit.EditRejectedException}.
 */
public record PaneContext(MeetingViewModel viewModel, Consumer<String> openLink, Consumer<String> showMessage) {
    public PaneContext {
        Objects.requireNonNull(viewModel, "viewModel");
        Objects.requireNonNull(openLink, "openLink");
        Objects.requireNonNull(showMessage, "showMessage");
    }
}
