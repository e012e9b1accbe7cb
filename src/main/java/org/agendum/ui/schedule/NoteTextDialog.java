package org.agendum.ui.schedule;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.agendum.model.Language;

/**
 * The text of a free-text entry (id {@code noteTextDialog}) in {@code noteTextField}; blank text is no entry, so OK
 * waits for some. The note is the document's text: straight quotes become the version's marks, and the field runs
 * right to left in an Arabic version, as the grid does. Every keystroke is told to the caller at once (the note is
 * on the command stack while the dialog is open).
 */
final class NoteTextDialog {
    private final TextField field = new TextField();
    private final Dialog<String> dialog;

    NoteTextDialog(Window owner, Language version, String title, String initial, Consumer<String> typed) {
        DocumentText.install(field, version);
        field.setId("noteTextField");
        field.setText(initial == null ? "" : initial);
        field.textProperty().addListener((obs, old, text) -> typed.accept(text));
        field.setPromptText("e.g. Informal consultations");

        dialog = DialogFrame.create(owner, "noteTextDialog", title, title, field);
        BooleanBinding hasText = Bindings.createBooleanBinding(() -> !field.getText().isBlank(), field.textProperty());
        DialogFrame.okOnlyWhile(dialog, hasText);
        DialogFrame.focusOnShown(dialog, field, field::selectAll);
        dialog.setResultConverter(button -> button == ButtonType.OK ? field.getText().strip() : null);
    }

    Optional<String> showAndWait() {
        return dialog.showAndWait();
    }
}
