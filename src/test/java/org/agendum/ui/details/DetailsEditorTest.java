package org.agendum.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.agendum.edit.CommandStack;
import org.agendum.edit.EditDetails;
import org.agendum.file.SampleMeeting;
import org.agendum.model.DetailField;
import org.agendum.model.Distribution;
import org.agendum.model.Language;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingDetails;
import org.agendum.ui.common.MeetingViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The meeting details form mounted alone on the sample, headless; asserting on the model. */
@ExtendWith(ApplicationExtension.class)
class DetailsEditorTest {
    private final Meeting sample = SampleMeeting.load();
    private CommandStack stack;
    private DetailsEditor editor;

    @Start
    void start(Stage stage) {
        stack = new CommandStack(sample);
        editor = new DetailsEditor(new MeetingViewModel(stack));
        stage.setScene(new Scene(editor, 800, 500));
        stage.show();
        stage.requestFocus();
    }

    private MeetingDetails details() {
        return stack.meeting().details();
    }

    private TextInputControl field(DetailField field) {
        return (TextInputControl) editor.control(field);
    }

    /** Clicks into a text field and puts the caret at its end. */
    private TextInputControl into(FxRobot robot, DetailField which) {
        robot.interact(() -> editor.showField(which));
        TextInputControl field = field(which);
        robot.clickOn(field);
        robot.interact(() -> field.positionCaret(field.getLength()));
        return field;
    }

    @Test
    void showsTheDetails() {
        assertThat(field(DetailField.SYMBOL).getText()).isEqualTo("CTOC/COP/WG.4/2018/1");
        assertThat(field(DetailField.VENUE).getText()).isEqualTo("Vienna");
        assertThat(((DatePicker) editor.control(DetailField.DATES)).getEditor().getText()).isEqualTo("2 July 2018");
        assertThat(editor.shownProblem(DetailField.SYMBOL)).isNull();
    }

    @Test
    void typingInAFieldIsOneEditDetailsNamingTheField(FxRobot robot) {
        into(robot, DetailField.VENUE);
        robot.write(", Austria");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(details().meetingInfo().venue()).isEqualTo("Vienna, Austria");
        assertThat(stack.undoDepth()).as("the keystrokes merge").isEqualTo(1);
        assertThat(stack.undoLabel()).contains("Edit venue");
        robot.interact(stack::undo);
        assertThat(details()).isEqualTo(sample.details());
        assertThat(field(DetailField.VENUE).getText()).isEqualTo("Vienna");

        // a second visit to the field is a second step
        into(robot, DetailField.VENUE);
        robot.write("!");
        into(robot, DetailField.MEETING_NAME);
        into(robot, DetailField.VENUE);
        robot.write("!");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.undoDepth()).isEqualTo(2);
    }

    @Test
    void aMalformedSymbolIsMarkedBesideTheFieldUntilFixed(FxRobot robot) {
        TextInputControl symbol = into(robot, DetailField.SYMBOL);
        robot.interact(() -> symbol.positionCaret("CTOC/COP/WG.4".length()));
        robot.write(" ");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(details().masthead().symbol()).isEqualTo("CTOC/COP/WG.4 /2018/1");
        assertThat(stack.undoLabel()).contains("Edit symbol");
        assertThat(editor.shownProblem(DetailField.SYMBOL)).isEqualTo("The document symbol \"CTOC/COP/WG.4 /2018/1\" "
                + "contains a space (symbols are written without spaces, e.g. A/80/590).");
        assertThat(symbol.getPseudoClassStates()).extracting(Object::toString).contains("invalid");

        robot.type(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(details().masthead().symbol()).isEqualTo("CTOC/COP/WG.4/2018/1");
        assertThat(editor.shownProblem(DetailField.SYMBOL)).isNull();
        assertThat(symbol.getPseudoClassStates()).extracting(Object::toString).doesNotContain("invalid");
    }

    @Test
    void anEmptyRequiredFieldIsMarked(FxRobot robot) {
        TextInputControl meeting = field(DetailField.MEETING_NAME);
        robot.interact(() -> meeting.setText(""));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(details().meetingInfo().meetingName()).isEmpty();
        assertThat(editor.shownProblem(DetailField.MEETING_NAME)).isEqualTo("The name of the meeting is missing (e.g. Working Group on Trafficking in Persons); for a session of the body itself, give the session line (e.g. Sixth session) instead.");
        robot.interact(stack::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(meeting.getText()).isEqualTo("Working Group on Trafficking in Persons");
        assertThat(editor.shownProblem(DetailField.MEETING_NAME)).isNull();
    }

    @Test
    void anEndBeforeTheStartIsMarkedBesideTheDates(FxRobot robot) {
        DatePicker start = (DatePicker) editor.control(DetailField.DATES);
        robot.interact(() -> start.setValue(LocalDate.of(2018, 7, 4)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(details().meetingInfo().startDate()).isEqualTo(LocalDate.of(2018, 7, 4));
        assertThat(stack.undoLabel()).contains("Edit dates");
        assertThat(editor.shownProblem(DetailField.DATES))
                .isEqualTo("The meeting ends (3 July 2018) before it starts (4 July 2018).");

        robot.interact(stack::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(start.getValue()).isEqualTo(LocalDate.of(2018, 7, 2));
        assertThat(editor.shownProblem(DetailField.DATES)).isNull();
    }

    @Test
    void aDateTypedAsTheDocumentPrintsIt(FxRobot robot) {
        DatePicker issued = (DatePicker) editor.control(DetailField.ISSUE_DATE);
        robot.clickOn(issued.getEditor());
        robot.interact(() -> issued.getEditor().selectAll());
        robot.write("10 April 2018");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(details().masthead().issueDate()).isEqualTo(LocalDate.of(2018, 4, 10));
        assertThat(stack.undoLabel()).contains("Edit date of issue");
    }

    @Test
    void aTypedDateIsOnTheStackBeforeEnterOrLeavingTheField(FxRobot robot) {
        DatePicker issued = (DatePicker) editor.control(DetailField.ISSUE_DATE);
        robot.clickOn(issued.getEditor());
        robot.interact(() -> issued.getEditor().selectAll());
        robot.write("10/4/201");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(details().masthead().issueDate()).as("not a date yet").isEqualTo(LocalDate.of(2018, 4, 9));
        robot.write("8");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(details().masthead().issueDate()).isEqualTo(LocalDate.of(2018, 4, 10));
        assertThat(issued.getEditor().isFocused()).isTrue();
        assertThat(stack.undoLabel()).contains("Edit date of issue");
    }

    @Test
    void choicesAreEditsOfTheirField(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ChoiceBox<Distribution> distribution = (ChoiceBox<Distribution>) editor.control(DetailField.DISTRIBUTION);
        robot.interact(() -> distribution.setValue(Distribution.LIMITED));
        assertThat(details().masthead().distribution()).isEqualTo(Distribution.LIMITED);
        assertThat(stack.undoLabel()).contains("Edit distribution");

        @SuppressWarnings("unchecked")
        ChoiceBox<Language> version = (ChoiceBox<Language>) robot.lookup("#detail_LANGUAGES_version").query();
        robot.interact(() -> version.setValue(Language.FRENCH));
        assertThat(details().masthead().versionLanguage()).isEqualTo(Language.FRENCH);
        assertThat(details().masthead().originalLanguage()).isEqualTo(Language.ENGLISH);
        assertThat(stack.undoLabel()).contains("Edit languages");
        assertThat(stack.undoDepth()).isEqualTo(2);
    }

    @Test
    void showFieldPutsTheCaretIntoTheField(FxRobot robot) {
        robot.interact(() -> editor.showField(DetailField.LANGUAGE_COVERAGE));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field(DetailField.LANGUAGE_COVERAGE).isFocused()).isTrue();
        robot.interact(() -> editor.showField(DetailField.SYMBOL));
        assertThat(field(DetailField.SYMBOL).isFocused()).isTrue();
        robot.interact(() -> editor.showField(DetailField.DATES));
        assertThat(((DatePicker) editor.control(DetailField.DATES)).getEditor().isFocused()).isTrue();
    }

    @Test
    void anEditFromElsewhereIsShown(FxRobot robot) {
        robot.interact(() -> stack.execute(new EditDetails<>(DetailField.TITLE, "Provisional agenda")));
        assertThat(field(DetailField.TITLE).getText()).isEqualTo("Provisional agenda");
        robot.interact(() -> stack.execute(new EditDetails<>(DetailField.SYMBOL, "")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.shownProblem(DetailField.SYMBOL)).isEqualTo("The document symbol is missing (as the first page gives it, e.g. CTOC/COP/WG.4/2018/1).");
    }
}
