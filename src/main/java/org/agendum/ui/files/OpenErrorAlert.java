package org.agendum.ui.files;

import javafx.scene.control.Alert;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.agendum.session.WindowTitle;
import org.agendum.ui.common.Theme;

/** Tells the user that the file given at start could not be opened and that the sample is shown instead. */
public final class OpenErrorAlert {
    public static final String HEADER = "The file could not be opened";

    private OpenErrorAlert() {
    }

    /** Shows the alert over {@code owner} without blocking (the window behind it is already usable). */
    public static Alert show(Window owner, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(WindowTitle.APP_NAME);
        alert.setHeaderText(HEADER);
        alert.setContentText(message + "\n\nThe built-in sample meeting is shown instead.");
        alert.getDialogPane().setId("openErrorDialog");
        alert.getDialogPane().getStylesheets().add(Theme.stylesheet());
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.show();
        return alert;
    }
}
