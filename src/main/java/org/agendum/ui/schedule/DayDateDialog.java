package org.agendum.ui.schedule;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.agendum.ui.details.UnDateConverter;

/**
 * A day's date (id {@code dayDateDialog}) in the date picker {@code dayDatePicker}, written and read as in the
 * details form ("2 July 2018"). The answer is what the field says as typed, without waiting for the picker to
 * commit it, so Enter right after typing takes the typed date; {@code dayDateError} says when it is not a date.
 */
final class DayDateDialog {
    static final String NOT_A_DATE = "Type a date such as 2 July 2018.";

    private final UnDateConverter converter = new UnDateConverter();
    private final DatePicker picker = new DatePicker();
    private final Dialog<LocalDate> dialog;

    DayDateDialog(Window owner, String title, LocalDate initial) {
        picker.setId("dayDatePicker");
        picker.setConverter(converter);
        picker.setEditable(true);
        picker.setValue(initial);
        picker.setPromptText("e.g. 2 July 2018");
        picker.setMaxWidth(Double.MAX_VALUE);

        ObjectBinding<LocalDate> typed = Bindings.createObjectBinding(
                () -> converter.fromString(picker.getEditor().getText()), picker.getEditor().textProperty());
        Label problem = DialogFrame.problemLine("dayDateError");
        problem.textProperty().bind(typed.map(date -> "").orElse(NOT_A_DATE));
        DialogFrame.markInvalid(picker, typed.get() == null);
        typed.addListener((obs, was, now) -> DialogFrame.markInvalid(picker, now == null));

        VBox content = new VBox(8, picker, problem);
        dialog = DialogFrame.create(owner, "dayDateDialog", title, title, content);
        DialogFrame.okOnlyWhile(dialog, Bindings.isNotNull(typed));
        DialogFrame.focusOnShown(dialog, picker, picker.getEditor()::selectAll);
        dialog.setResultConverter(button -> button == ButtonType.OK ? typed.get() : null);
    }

    Optional<LocalDate> showAndWait() {
        return dialog.showAndWait();
    }
}
