package org.agendum.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.agendum.edit.CommandStack;
import org.agendum.edit.DeleteItem;
import org.agendum.file.SampleMeeting;
import org.agendum.model.ListEnd;
import java.util.ArrayList;
import java.util.List;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.ItemEntry;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingLimit;
import org.agendum.model.MeetingSize;
import org.agendum.model.RichText;
import org.agendum.testing.Fixtures;
import org.agendum.ui.annotation.AnnotationArea;
import org.agendum.ui.common.MeetingViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The right side of the window (heading, annotation, Documentation) mounted alone on the sample, headless. */
@ExtendWith(ApplicationExtension.class)
class ItemEditorTest {
    private final Meeting sample = SampleMeeting.load();
    private CommandStack stack;
    private MeetingViewModel viewModel;
    private ItemEditor editor;

    @Start
    void start(Stage stage) {
        stack = new CommandStack(sample);
        viewModel = new MeetingViewModel(stack);
        viewModel.select(Fixtures.ITEM_1B);
        editor = new ItemEditor(viewModel);
        editor.annotationEditor(); // the window builds it once its first frame is up
        stage.setScene(new Scene((javafx.scene.Parent) editor.node(), 1000, 700));
        stage.show();
        stage.requestFocus();
    }

    private String number(FxRobot robot) {
        return robot.lookup("#itemNumber").queryAs(Label.class).getText();
    }

    private TextArea title(FxRobot robot) {
        return robot.lookup("#itemTitle").queryAs(TextArea.class);
    }

    private AnnotationArea area() {
        return editor.annotationEditor().area();
    }

    @Test
    void theHeadingShowsTheNumberAndTheTitleOfTheSelectedItem(FxRobot robot) {
        assertThat(number(robot)).isEqualTo("1 (b)");
        assertThat(title(robot).getText()).isEqualTo("Adoption of the agenda and organization of work");
        assertThat(area().getText()).startsWith("In its resolution 7/1");
        robot.interact(() -> viewModel.select(Fixtures.ITEM_2));
        assertThat(number(robot)).isEqualTo("2");
        assertThat(title(robot).getText()).startsWith("International cooperation");
        assertThat(robot.lookup("#docSymbol0").tryQuery()).isPresent();
    }

    @Test
    void editingTheTitleIsOneRenameItemPerVisit(FxRobot robot) {
        TextArea title = title(robot);
        robot.clickOn(title);
        robot.interact(() -> title.positionCaret(title.getLength()));
        robot.write(" (continued)");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.meeting().agenda().get(Fixtures.ITEM_1B).title())
                .isEqualTo("Adoption of the agenda and organization of work (continued)");
        assertThat(stack.undoDepth()).isEqualTo(1);
        assertThat(stack.undoLabel()).contains("Rename item");

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area().isFocused()).as("Enter goes on to the annotation").isTrue();
        assertThat(title.getText()).doesNotContain("\n");

        robot.interact(stack::undo);
        assertThat(title.getText()).isEqualTo("Adoption of the agenda and organization of work");
        assertThat(stack.meeting()).isEqualTo(sample);

        robot.clickOn(title);
        robot.interact(() -> title.positionCaret(0));
        robot.write("\"Draft\" ");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.meeting().agenda().get(Fixtures.ITEM_1B).title()).startsWith("\u201CDraft\u201D Adoption");
    }

    @Test
    void fromTheAnnotationToTheTitleIsTwoCommands(FxRobot robot) {
        robot.clickOn(area());
        robot.interact(() -> area().moveTo(0));
        robot.write("Draft. ");
        TextArea title = title(robot);
        robot.clickOn(title);
        robot.interact(() -> title.positionCaret(title.getLength()));
        robot.write("!");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stack.undoDepth()).isEqualTo(2);
        assertThat(stack.undoLabel()).contains("Rename item");
        assertThat(stack.meeting().agenda().get(Fixtures.ITEM_1B).annotation().plainText()).startsWith("Draft. In its");
        robot.interact(stack::undo);
        assertThat(stack.undoLabel()).contains("Edit annotation");
    }

    @Test
    void ctrlZInTheAnnotationAndInTheTitleUndoesOnTheOneStack(FxRobot robot) {
        robot.clickOn(area());
        robot.interact(() -> area().moveTo(0));
        robot.write("D");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.undoLabel()).contains("Edit annotation");
        TextArea title = title(robot);
        robot.clickOn(title);
        robot.interact(() -> title.positionCaret(title.getLength()));
        robot.write("!");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.undoLabel()).contains("Rename item");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.undoLabel()).as("the title's Ctrl+Z undid the rename").contains("Edit annotation");
        robot.clickOn(area());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.canUndo()).isFalse();
        assertThat(area().getText()).doesNotStartWith("D");
    }

    @Test
    void showDocumentationPutsTheCaretWhereTheProblemIs(FxRobot robot) {
        robot.interact(() -> viewModel.select(Fixtures.ITEM_2));
        robot.interact(() -> editor.showDocumentation(0));
        assertThat(robot.lookup("#docDescription0").query().isFocused()).isTrue();
        robot.interact(() -> stack.execute(new org.agendum.edit.EditDocumentation(Fixtures.ITEM_2, 0,
                new org.agendum.model.DocumentationEntry("Background paper", "CTOC/COP/WG.4/2018 /2"))));
        robot.interact(() -> editor.showDocumentation(0));
        assertThat(robot.lookup("#docSymbol0").query().isFocused()).isTrue();
    }

    @Test
    void deletingTheShownItemShowsTheNextOne(FxRobot robot) {
        robot.interact(() -> stack.execute(new DeleteItem(Fixtures.ITEM_1B, true)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.selectedItem()).isEqualTo(Fixtures.ITEM_2);
        assertThat(number(robot)).isEqualTo("2");
        assertThat(area().text()).isEqualTo(stack.meeting().agenda().get(Fixtures.ITEM_2).annotation());
    }

    @Test
    void anEmptyAgendaLeavesNothingToEdit(FxRobot robot) {
        robot.interact(() -> stack.reset(Meeting.blank(java.time.LocalDate.of(2026, 3, 2)), true));
        assertThat(number(robot)).isEmpty();
        assertThat(title(robot).isDisabled()).isTrue();
        assertThat(area().isEditable()).isFalse();
        assertThat(robot.lookup("#addDocumentButton").queryButton().isDisabled()).isTrue();
    }

    // ---- an item's overrides: the annotation heading and the list punctuation (issue 15) -------------------

    @Test
    void theOverridesAreFoldedUntilAskedForAndTheHeadingIsTypedOntoTheStackKeyByKey(FxRobot robot) {
        assertThat(robot.lookup("#itemOverrides").query().isVisible()).as("folded: the annotation keeps its room")
                .isFalse();
        robot.clickOn("#itemMoreToggle");
        assertThat(robot.lookup("#itemOverrides").query().isVisible()).isTrue();
        TextField heading = robot.lookup("#itemHeading").queryAs(TextField.class);
        assertThat(heading.getText()).isEmpty();
        assertThat(heading.getPromptText()).as("empty: the title").isEqualTo("Adoption of the agenda and organization of work");

        robot.clickOn(heading);
        robot.write("A");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.meeting().agenda().get(Fixtures.ITEM_1B).heading()).as("the first key").isEqualTo("A");
        robot.write("doption of the agenda");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.meeting().agenda().get(Fixtures.ITEM_1B).annotationHeading()).isEqualTo("Adoption of the agenda");
        assertThat(stack.undoDepth()).as("the keystrokes merge").isEqualTo(1);
        assertThat(stack.undoLabel()).contains("Edit annotation heading");
        assertThat(toggle(robot).getPseudoClassStates()).extracting(Object::toString).contains("overridden");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(heading.getText()).isEmpty();
        assertThat(stack.meeting()).isEqualTo(sample);
        assertThat(toggle(robot).getPseudoClassStates()).extracting(Object::toString).doesNotContain("overridden");
    }

    @Test
    void theListPunctuationIsAChoiceOnTheStack(FxRobot robot) {
        robot.interact(() -> editor.showListEnd());
        @SuppressWarnings("unchecked")
        ChoiceBox<ListEnd> listEnd = robot.lookup("#itemListEnd").queryAs(ChoiceBox.class);
        assertThat(listEnd.isFocused()).isTrue();
        assertThat(listEnd.getValue()).isEqualTo(ListEnd.DERIVED);
        robot.clickOn(listEnd);
        robot.clickOn(ListEnd.SEMICOLON.label());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.meeting().agenda().get(Fixtures.ITEM_1B).listEnd()).isEqualTo(ListEnd.SEMICOLON);
        assertThat(stack.undoLabel()).contains("Set list punctuation");

        // another item without overrides leaves the row as the officer had it; undo shows the model's value
        robot.interact(() -> viewModel.select(Fixtures.ITEM_2));
        assertThat(listEnd.getValue()).isEqualTo(ListEnd.DERIVED);
        robot.interact(stack::undo);
        robot.interact(() -> viewModel.select(Fixtures.ITEM_1B));
        assertThat(listEnd.getValue()).isEqualTo(ListEnd.DERIVED);
        assertThat(stack.meeting()).isEqualTo(sample);
    }

    @Test
    void anItemThatHasAnOverrideOpensTheRow(FxRobot robot) {
        robot.interact(() -> stack.execute(new org.agendum.edit.SetListEnd(Fixtures.ITEM_2, ListEnd.SEMICOLON)));
        assertThat(robot.lookup("#itemOverrides").query().isVisible()).isFalse();
        robot.interact(() -> viewModel.select(Fixtures.ITEM_2));
        assertThat(robot.lookup("#itemOverrides").query().isVisible()).isTrue();
        assertThat(toggle(robot).isSelected()).isTrue();
        robot.clickOn("#itemMoreToggle");
        assertThat(robot.lookup("#itemOverrides").query().isVisible()).as("folded again on request").isFalse();
    }

    private static ToggleButton toggle(FxRobot robot) {
        return robot.lookup("#itemMoreToggle").queryAs(ToggleButton.class);
    }

    // ---- the meeting's limits -----------------------------------------------------------------------------------

    /**
     * The sample and one item more, never selected, whose annotation holds text (and Documentation entries) up to
     * {@code room} characters (and one entry) short of the limits.
     */
    private Meeting nearTheLimits(long room) {
        long characters = MeetingSize.of(sample).count(MeetingLimit.CHARACTERS) + "Filler".length();
        long documents = MeetingSize.of(sample).count(MeetingLimit.DOCUMENTS);
        String text = "x".repeat((int) (MeetingLimit.CHARACTERS.maximum() - characters - room));
        List<DocumentationEntry> entries = java.util.Collections.nCopies(
                (int) (MeetingLimit.DOCUMENTS.maximum() - documents - 1), new DocumentationEntry("", ""));
        AgendaItem filler = new AgendaItem(new ItemId("filler"), "Filler", RichText.of(text), entries, List.of());
        List<AgendaItem> items = new ArrayList<>(sample.agenda().items());
        items.add(filler);
        return new Meeting(sample.details(), new Agenda(items), sample.organization());
    }

    private List<String> limitedTo(FxRobot robot, long room) {
        List<String> messages = new ArrayList<>();
        robot.interact(() -> {
            stack.reset(nearTheLimits(room), true);
            editor.setMessages(messages::add);
            viewModel.select(Fixtures.ITEM_1B);
        });
        return messages;
    }

    @Test
    void aTitleTypedPastTheLimitsIsRefusedSaidAndShownAsTheMeetingHoldsIt(FxRobot robot) {
        // the annex prints the title again for each entry that takes the item up: each character counts that often
        long copies = 1 + sample.organization().allEntries().stream()
                .filter(e -> e instanceof ItemEntry taken && taken.item().equals(Fixtures.ITEM_1B)).count();
        List<String> messages = limitedTo(robot, 2 * copies + 1);
        TextArea title = title(robot);
        String before = title.getText();
        robot.interact(() -> {
            title.positionCaret(title.getLength());
            title.replaceSelection("!!");
        });
        robot.interact(() -> title.replaceSelection(" pasted from a long document"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stack.meeting().agenda().get(Fixtures.ITEM_1B).title()).isEqualTo(before + "!!");
        assertThat(title.getText()).isEqualTo(before + "!!");
        long wouldHold = MeetingLimit.CHARACTERS.maximum() - 1 + copies * " pasted from a long document".length();
        assertThat(messages).containsExactly(String.format(java.util.Locale.ROOT, "Rename item: not done, the meeting "
                + "would hold %,d characters of text (an item's title counts again for each entry that takes it up); "
                + "a meeting holds at most 10,000,000.", wouldHold));
    }

    @Test
    void anAnnotationPastedPastTheLimitsIsRefusedSaidAndShownAsTheMeetingHoldsIt(FxRobot robot) {
        List<String> messages = limitedTo(robot, 3);
        String before = area().getText();
        robot.interact(() -> {
            area().moveTo(0);
            area().insertText(0, "A long pasted text. ");
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(area().getText()).isEqualTo(before);
        assertThat(stack.meeting()).isEqualTo(nearTheLimits(3));
        assertThat(messages).singleElement().asString().startsWith("Edit annotation: not done, the meeting would hold "
                + "10,000,017 characters of text");
    }

    @Test
    void aDocumentAddedPastTheLimitsIsRefusedAndSaid(FxRobot robot) {
        List<String> messages = limitedTo(robot, 3);
        int listed = sample.agenda().get(Fixtures.ITEM_1B).documentation().size();
        robot.clickOn("#addDocumentButton"); // the one more that fits
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.meeting().agenda().get(Fixtures.ITEM_1B).documentation()).hasSize(listed + 1);
        assertThat(robot.lookup("#docDescription" + listed).tryQuery()).isPresent();

        robot.clickOn("#addDocumentButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.meeting().agenda().get(Fixtures.ITEM_1B).documentation()).hasSize(listed + 1);
        assertThat(robot.lookup("#docDescription" + (listed + 1)).tryQuery()).isEmpty();
        assertThat(messages).containsExactly("Add document: not done, the meeting would hold 5,001 Documentation "
                + "entries; a meeting holds at most 5,000.");
    }
}
