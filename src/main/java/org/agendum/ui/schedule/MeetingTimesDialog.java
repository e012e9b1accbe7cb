package org.agendum.ui.schedule;

import atlantafx.base.theme.Styles;
import java.time.LocalTime;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.agendum.gesture.SlotTimes;
import org.agendum.model.Language;
import org.agendum.typography.DocumentLanguage;
import org.agendum.typography.LanguageTimes;
import org.agendum.typography.UnTimes;

/**
 * A meeting's start, end and label (id {@code meetingTimesDialog}): fields {@code meetingStartField},
 * {@code meetingEndField}, {@code meetingLabelField}; {@code meetingTimesError} says what is wrong, and
 * {@code meetingTimesPreview} shows the times as the version's annex will print them, so the officer sees how "3"
 * was read. The times are typed in English ("10 a.m.", "15:00") whatever the version; the label is the document's
 * text, typed as a note is ({@link DocumentText}).
 */
final class MeetingTimesDialog {
    static final String NOT_A_TIME = "Type a time such as 10 a.m. or 15:00.";
    static final String ENDS_TOO_EARLY = "The meeting must end after it starts.";

    /** What the two time fields say: both times, or the first problem and which fields have it. */
    private record Reading(LocalTime start, LocalTime end, String problem, boolean badStart, boolean badEnd) {
        static Reading of(String startText, String endText) {
            Optional<LocalTime> start = UnTimes.parse(startText);
            Optional<LocalTime> end = UnTimes.parse(endText);
            if (start.isEmpty() || end.isEmpty()) {
                return new Reading(null, null, NOT_A_TIME, start.isEmpty(), end.isEmpty());
            }
            if (!UnTimes.isRange(start.get(), end.get())) {
                return new Reading(null, null, ENDS_TOO_EARLY, false, true);
            }
            return new Reading(start.get(), end.get(), null, false, false);
        }

        boolean valid() {
            return problem == null;
        }
    }

    private final TextField startField = new TextField();
    private final TextField endField = new TextField();
    private final TextField labelField = new TextField();
    private final Dialog<SlotTimes> dialog;

    MeetingTimesDialog(Window owner, Language version, String title, SlotTimes initial) {
        DocumentText.install(labelField, version);
        LanguageTimes times = DocumentLanguage.of(version.code()).times();
        startField.setId("meetingStartField");
        endField.setId("meetingEndField");
        labelField.setId("meetingLabelField");
        startField.setText(UnTimes.time(initial.start()));
        endField.setText(UnTimes.time(initial.end()));
        labelField.setText(initial.label());
        labelField.setPromptText("Optional, e.g. High-level segment");

        ObjectBinding<Reading> reading = Bindings.createObjectBinding(
                () -> Reading.of(startField.getText(), endField.getText()),
                startField.textProperty(), endField.textProperty());
        Label problem = DialogFrame.problemLine("meetingTimesError");
        problem.textProperty().bind(reading.map(r -> r.valid() ? "" : r.problem()));
        Label preview = new Label();
        preview.setId("meetingTimesPreview");
        preview.getStyleClass().add(Styles.TEXT_MUTED);
        preview.textProperty().bind(reading.map(r -> r.valid() ? times.range(r.start(), r.end()) : ""));
        markFields(reading.get());
        reading.addListener((obs, was, now) -> markFields(now));

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, fieldLabel("_Starts", startField), startField);
        grid.addRow(1, fieldLabel("_Ends", endField), endField, preview);
        grid.addRow(2, fieldLabel("_Label", labelField), labelField);
        grid.add(problem, 1, 3, 2, 1);
        GridPane.setHgrow(labelField, Priority.ALWAYS);
        GridPane.setColumnSpan(labelField, 2);

        dialog = DialogFrame.create(owner, "meetingTimesDialog", title, title, grid);
        DialogFrame.okOnlyWhile(dialog, Bindings.createBooleanBinding(() -> reading.get().valid(), reading));
        DialogFrame.focusOnShown(dialog, startField, startField::selectAll);
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new SlotTimes(reading.get().start(), reading.get().end(), labelField.getText()) : null);
    }

    Optional<SlotTimes> showAndWait() {
        return dialog.showAndWait();
    }

    private void markFields(Reading reading) {
        DialogFrame.markInvalid(startField, reading.badStart());
        DialogFrame.markInvalid(endField, reading.badEnd());
    }

    private static Label fieldLabel(String text, TextField field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        return label;
    }
}
