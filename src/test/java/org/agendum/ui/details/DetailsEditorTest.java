package org.agendum.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.agendum.edit.CommandStack;
import org.agendum.edit.EditDetails;
import org.agendum.file.SampleMeeting;
import org.agendum.model.AgendaLayout;
import org.agendum.model.DetailField;
import org.agendum.model.Distribution;
import org.agendum.model.EmptyAnnotations;
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

    // ---- the variants of real agendas (issue 15) ------------------------------------------------------------

    private Label outline(FxRobot robot) {
        return robot.lookup("#layoutOutline").queryAs(Label.class);
    }

    @Test
    void choosingAFormRetitlesTheDocumentAndTheOutlineShowsItsHeadings(FxRobot robot) {
        assertThat(outline(robot).getText())
                .isEqualTo("Title: Annotated provisional agenda\u00A0\u00B7 Provisional agenda\u00A0\u00B7 Annotations");
        @SuppressWarnings("unchecked")
        ChoiceBox<AgendaLayout> form = (ChoiceBox<AgendaLayout>) editor.control(DetailField.LAYOUT);
        robot.interact(() -> editor.showField(DetailField.LAYOUT));
        robot.clickOn(form);
        robot.clickOn(AgendaLayout.AGENDA_AND_ANNOTATIONS_IN_NUMBERED_PARTS.label());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(details().form().layout()).isEqualTo(AgendaLayout.AGENDA_AND_ANNOTATIONS_IN_NUMBERED_PARTS);
        assertThat(details().titleBlock().title()).as("the standard title follows")
                .isEqualTo("Provisional agenda and annotations");
        assertThat(field(DetailField.TITLE).getText()).isEqualTo("Provisional agenda and annotations");
        assertThat(outline(robot).getText()).isEqualTo("Title: Provisional agenda and annotations\u00A0\u00B7 "
                + "I.\u00A0Provisional agenda\u00A0\u00B7 II.\u00A0Annotations");
        assertThat(stack.undoDepth()).as("form and title in one step").isEqualTo(1);
        assertThat(stack.undoLabel()).contains("Edit form");

        robot.interact(stack::undo);
        assertThat(form.getValue()).isEqualTo(AgendaLayout.ANNOTATED_PROVISIONAL_AGENDA);
        assertThat(field(DetailField.TITLE).getText()).isEqualTo("Annotated provisional agenda");
        assertThat(outline(robot).getText()).contains("\u00B7 Provisional agenda\u00A0\u00B7 Annotations");
        assertThat(details()).isEqualTo(sample.details());
    }

    @Test
    void aTitleOfTheOfficersOwnStaysWhenTheFormChanges(FxRobot robot) {
        robot.interact(() -> stack.execute(new EditDetails<>(DetailField.TITLE, "Revised provisional agenda")));
        @SuppressWarnings("unchecked")
        ChoiceBox<AgendaLayout> form = (ChoiceBox<AgendaLayout>) editor.control(DetailField.LAYOUT);
        robot.interact(() -> form.setValue(AgendaLayout.PROVISIONAL_AGENDA));
        assertThat(details().titleBlock().title()).isEqualTo("Revised provisional agenda");
        assertThat(outline(robot).getText()).isEqualTo(
                "Title: Revised provisional agenda\u00A0\u00B7 list without heading\u00A0\u00B7 no annotations");
    }

    @Test
    void theItemLineItsBoldTitleAndItsFootnoteAreTypedOntoTheStackKeyByKey(FxRobot robot) {
        into(robot, DetailField.AGENDA_ITEM_LINE);
        robot.write("Item 2");
        TextInputControl title = into(robot, DetailField.AGENDA_ITEM_TITLE);
        robot.write("A");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(details().titleBlock().agendaItemTitle()).as("the first key is on the stack").isEqualTo("A");
        robot.write("doption of the agenda");
        into(robot, DetailField.AGENDA_ITEM_NOTE);
        robot.write("E/CN.15/2011/1.");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(details().titleBlock()).isEqualTo(sample.details().titleBlock().withAgendaItemLine("Item 2")
                .withAgendaItemTitle("Adoption of the agenda").withAgendaItemNote("E/CN.15/2011/1."));
        assertThat(stack.undoDepth()).as("one step per field").isEqualTo(3);
        assertThat(stack.undoLabel()).contains("Edit agenda item footnote");
        assertThat(title.getStyleClass()).as("the item title prints bold").contains("details-strong");
        robot.interact(stack::undo);
        assertThat(stack.undoLabel()).contains("Edit agenda item title");
        assertThat(field(DetailField.AGENDA_ITEM_NOTE).getText()).isEmpty();
    }

    @Test
    void theTitlesFootnoteIsTypedOntoTheStackAsOneStepAndUndone(FxRobot robot) {
        TextInputControl note = into(robot, DetailField.TITLE_NOTE);
        robot.write("T");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(details().titleBlock().titleNote()).as("the first key is on the stack").isEqualTo("T");
        robot.write("he late submission of this document was caused by the workload.");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(details().titleBlock()).isEqualTo(sample.details().titleBlock()
                .withTitleNote("The late submission of this document was caused by the workload."));
        assertThat(stack.undoDepth()).as("the keystrokes merge").isEqualTo(1);
        assertThat(stack.undoLabel()).contains("Edit title footnote");
        robot.interact(stack::undo);
        assertThat(details()).isEqualTo(sample.details());
        assertThat(note.getText()).isEmpty();
        robot.interact(stack::redo);
        assertThat(note.getText()).isEqualTo("The late submission of this document was caused by the workload.");
    }

    @Test
    void theStandardSentenceIsEditableOnlyWhenItIsPrinted(FxRobot robot) {
        TextInputControl sentence = field(DetailField.STANDARD_SENTENCE);
        assertThat(sentence.isDisabled()).as("the sample leaves empty items out").isTrue();
        @SuppressWarnings("unchecked")
        ChoiceBox<EmptyAnnotations> empty = (ChoiceBox<EmptyAnnotations>) editor.control(DetailField.EMPTY_ANNOTATIONS);
        robot.interact(() -> editor.showField(DetailField.EMPTY_ANNOTATIONS));
        robot.clickOn(empty);
        robot.clickOn(EmptyAnnotations.STANDARD_SENTENCE.label());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(details().form().emptyAnnotations()).isEqualTo(EmptyAnnotations.STANDARD_SENTENCE);
        assertThat(stack.undoLabel()).contains("Edit items with no annotation");
        assertThat(sentence.isDisabled()).isFalse();

        into(robot, DetailField.STANDARD_SENTENCE);
        robot.write(" Yet.");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(details().form().standardSentence()).isEqualTo("No annotation is provided under this item. Yet.");
        assertThat(stack.undoLabel()).contains("Edit standard sentence");
        robot.interact(() -> sentence.setText(""));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.shownProblem(DetailField.STANDARD_SENTENCE)).as("a warning, not a quiet note")
                .startsWith("The standard sentence for items with no annotation is empty");

        robot.interact(() -> stack.execute(new EditDetails<>(DetailField.LAYOUT, AgendaLayout.PROVISIONAL_AGENDA)));
        assertThat(empty.isDisabled()).as("a form without annotations").isTrue();
        assertThat(sentence.isDisabled()).isTrue();
        robot.interact(stack::undo);
        robot.interact(stack::undo);
        robot.interact(stack::undo);
        robot.interact(stack::undo);
        assertThat(details()).isEqualTo(sample.details());
        assertThat(sentence.isDisabled()).isTrue();
        assertThat(sentence.getText()).isEqualTo(EmptyAnnotations.DEFAULT_SENTENCE);
    }

    @Test
    void theJobLineDatesAreTheDateOfIssueUntilSetAndAgainWhenCleared(FxRobot robot) {
        DatePicker processed = (DatePicker) editor.control(DetailField.PROCESSED_ON);
        DatePicker released = (DatePicker) editor.control(DetailField.RELEASED_ON);
        assertThat(processed.getValue()).isNull();
        assertThat(processed.getPromptText()).isEqualTo("same as date of issue");
        assertThat(details().jobProcessedDate()).isEqualTo(LocalDate.of(2018, 4, 9));

        robot.interact(() -> editor.showField(DetailField.PROCESSED_ON));
        robot.clickOn(processed.getEditor());
        robot.write("3/4/2018");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(details().processing().processedOn()).contains(LocalDate.of(2018, 4, 3));
        assertThat(stack.undoLabel()).contains("Edit processed on");
        robot.interact(() -> released.setValue(LocalDate.of(2018, 4, 4)));
        assertThat(details().processing().releasedOn()).contains(LocalDate.of(2018, 4, 4));
        assertThat(stack.undoLabel()).contains("Edit released on");

        // clearing the field: the date of issue again, at once
        robot.interact(() -> editor.showField(DetailField.PROCESSED_ON));
        robot.clickOn(processed.getEditor());
        robot.interact(() -> processed.getEditor().selectAll());
        robot.type(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(details().processing().processedOn()).isEmpty();
        assertThat(details().jobProcessedDate()).isEqualTo(LocalDate.of(2018, 4, 9));
        assertThat(stack.undoDepth()).isEqualTo(3);

        // text that is no date leaves the date as it was
        robot.interact(() -> editor.showField(DetailField.RELEASED_ON));
        robot.interact(() -> released.getEditor().setText("soon"));
        robot.interact(() -> editor.showField(DetailField.SYMBOL));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(details().processing().releasedOn()).contains(LocalDate.of(2018, 4, 4));
        assertThat(released.getValue()).isEqualTo(LocalDate.of(2018, 4, 4));

        robot.interact(stack::undo);
        assertThat(processed.getValue()).isEqualTo(LocalDate.of(2018, 4, 3));
        robot.interact(stack::undo);
        robot.interact(stack::undo);
        assertThat(processed.getValue()).isNull();
        assertThat(released.getValue()).isNull();
        assertThat(details()).isEqualTo(sample.details());
    }

    @Test
    void showFieldReachesTheNewFields(FxRobot robot) {
        robot.interact(() -> editor.showField(DetailField.LAYOUT));
        assertThat(editor.control(DetailField.LAYOUT).isFocused()).isTrue();
        robot.interact(() -> editor.showField(DetailField.AGENDA_ITEM_NOTE));
        assertThat(field(DetailField.AGENDA_ITEM_NOTE).isFocused()).isTrue();
        robot.interact(() -> editor.showField(DetailField.RELEASED_ON));
        assertThat(((DatePicker) editor.control(DetailField.RELEASED_ON)).getEditor().isFocused()).isTrue();
        assertThat(robot.lookup("#detail_STANDARD_SENTENCE").tryQuery()).isPresent();
        assertThat(robot.lookup("#detail_PROCESSED_ON").tryQuery()).isPresent();
    }
}
