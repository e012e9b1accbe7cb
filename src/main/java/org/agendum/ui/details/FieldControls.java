package org.agendum.ui.details;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import org.agendum.edit.CommandStack;
import org.agendum.ui.common.CommandKeys;

/**
 * The details form's choices and date pickers, built alike: a choice shows its values' names, a date reads as the
 * document prints it and is on the stack as soon as what is typed reads as a date.
 */
final class FieldControls {
    private FieldControls() {
    }

    static <T> ChoiceBox<T> choiceBox(T[] values, Function<T, String> name) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return box.getItems().stream().filter(v -> name.apply(v).equals(text)).findFirst().orElse(null);
            }
        });
        return box;
    }

    static DatePicker datePicker(CommandStack stack) {
        DatePicker picker = new DatePicker();
        picker.setConverter(new UnDateConverter());
        picker.setShowWeekNumbers(false);
        // the details' dates are English ("9 April 2018"; the export prints them in the version's language): in an
        // Arabic version's right-to-left form the bidi algorithm would show "April 2018 9"
        picker.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        picker.getEditor().setPrefColumnCount(11);
        picker.focusedProperty().addListener((obs, was, focused) -> stack.preventMerge());
        CommandKeys.routeToStack(picker.getEditor(), stack);
        // a typed date is on the stack as soon as it reads as a date, not only after Enter or leaving the field
        picker.getEditor().textProperty().addListener((obs, old, text) -> {
            if (picker.getEditor().isFocused()) {
                LocalDate typed = picker.getConverter().fromString(text);
                if (typed != null && !typed.equals(picker.getValue())) {
                    picker.setValue(typed);
                }
            }
        });
        return picker;
    }
}
