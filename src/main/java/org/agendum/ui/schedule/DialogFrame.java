package org.agendum.ui.schedule;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * What the schedule dialogs share: the owner, the ids tests look up ({@code okButton}, {@code cancelButton}), OK and
 * Cancel, and the first field focused. OK is the default button, so Enter answers once the input is valid and does
 * nothing before; Cancel is the cancel button, so Escape closes without an answer.
 */
final class DialogFrame {
    /** The application's name in window titles, as the main window's dialogs write it. */
    private static final String APP_NAME = "Agendum";

    private DialogFrame() {
    }

    static <T> Dialog<T> create(Window owner, String id, String title, String header, Node content) {
        Dialog<T> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title + " \u2013 " + APP_NAME);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setId(id);
        // the theme pads the pane's content node: a control's own padding (a text field's, a list's) must not be it
        VBox box = new VBox(content);
        VBox.setVgrow(content, Priority.ALWAYS);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).setId("okButton");
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("cancelButton");
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setPrefWidth(480);
        return dialog;
    }

    static Button okButton(Dialog<?> dialog) {
        return (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
    }

    /**
     * Enter and Escape in a control that keeps them for itself (a ListView takes them for editing, which this one
     * never does) answer the dialog as they do in a text field: Enter is OK, if enabled; Escape is Cancel.
     */
    static void passAnswerKeys(Dialog<?> dialog, Node control) {
        control.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !okButton(dialog).isDisabled()) {
                event.consume();
                okButton(dialog).fire();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).fire();
            }
        });
    }

    /** OK (and with it Enter) only while {@code valid} holds. */
    static void okOnlyWhile(Dialog<?> dialog, ObservableBooleanValue valid) {
        okButton(dialog).disableProperty().bind(Bindings.not(valid));
    }

    /** Puts the caret in {@code field} when the dialog opens; later than the dialog's own focusing of a button. */
    static void focusOnShown(Dialog<?> dialog, Node field) {
        focusOnShown(dialog, field, () -> { });
    }

    /** As above, then runs {@code then} (selecting the field's text, so that typing replaces it). */
    static void focusOnShown(Dialog<?> dialog, Node field, Runnable then) {
        dialog.setOnShown(event -> Platform.runLater(() -> {
            field.requestFocus();
            then.run();
        }));
    }

    /** A line under the fields that says what is wrong, in the theme's danger colour; empty while all is well. */
    static Label problemLine(String id) {
        Label line = new Label();
        line.setId(id);
        line.getStyleClass().add(Styles.DANGER);
        line.setWrapText(true);
        line.setMinHeight(Region.USE_PREF_SIZE);
        return line;
    }

    /** Marks a field the way the theme marks invalid input (a red border). */
    static void markInvalid(Node field, boolean invalid) {
        field.pseudoClassStateChanged(Styles.STATE_DANGER, invalid);
    }
}
