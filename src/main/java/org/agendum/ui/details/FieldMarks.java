package org.agendum.ui.details;

import java.util.HashMap;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import org.agendum.ui.common.Icons;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.ValidationDecoration;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * How ControlsFX's {@code ValidationSupport} shows a problem in the details form: a mark beside the field (icon,
 * tooltip) and the message under it, in cells of the form's own grid. Unlike ControlsFX's graphic decorations this
 * needs no overlay pane in the window, so nothing is clipped by scrolling and the shell's scene stays as it is.
 */
final class FieldMarks implements ValidationDecoration {
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    /** The mark beside a field and the message line under it. */
    record Mark(Label icon, Label message) {
        Mark {
            icon.getStyleClass().add("field-problem");
            message.getStyleClass().add("field-message");
            icon.setMinWidth(Label.USE_PREF_SIZE);
            message.setWrapText(true);
        }

        void clear() {
            icon.setGraphic(null);
            icon.setTooltip(null);
            icon.setVisible(false);
            message.setText("");
            message.setVisible(false);
            message.setManaged(false);
        }

        /** A note that is no problem yet (an empty required field not visited): muted, without an icon. */
        void note(ValidationMessage note) {
            clear();
            message.getStyleClass().removeAll("error", "warning");
            message.getStyleClass().add("note");
            message.setText(note.getText());
            message.setVisible(true);
            message.setManaged(true);
        }

        void show(ValidationMessage problem) {
            boolean error = problem.getSeverity() == Severity.ERROR;
            icon.setGraphic(Icons.icon(error ? Material2AL.ERROR_OUTLINE : Material2MZ.WARNING));
            icon.getStyleClass().removeAll("error", "warning");
            icon.getStyleClass().add(error ? "error" : "warning");
            message.getStyleClass().removeAll("error", "warning", "note");
            message.getStyleClass().add(error ? "error" : "warning");
            icon.setTooltip(Icons.tip(problem.getText()));
            icon.setAccessibleText(problem.getText());
            icon.setVisible(true);
            message.setText(problem.getText());
            message.setVisible(true);
            message.setManaged(true);
        }

        boolean isShown() {
            return icon.isVisible();
        }
    }

    private final Map<Control, Mark> marks = new HashMap<>();

    void register(Control control, Mark mark) {
        marks.put(control, mark);
        mark.clear();
    }

    Mark markOf(Control control) {
        return marks.get(control);
    }

    @Override
    public void removeDecorations(Control target) {
        Mark mark = marks.get(target);
        if (mark != null) {
            mark.clear();
        }
        target.pseudoClassStateChanged(INVALID, false);
    }

    @Override
    public void applyValidationDecoration(ValidationMessage message) {
        Mark mark = marks.get(message.getTarget());
        if (mark != null && message.getSeverity() == Severity.INFO) {
            mark.note(message);
        } else if (mark != null && message.getSeverity() != Severity.OK) {
            mark.show(message);
            message.getTarget().pseudoClassStateChanged(INVALID, true);
        }
    }

    @Override
    public void applyRequiredDecoration(Control target) {
        // required fields are named by their problems ("The venue is empty."), not by a permanent sign
    }
}
