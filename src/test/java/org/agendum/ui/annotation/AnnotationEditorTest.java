package org.agendum.ui.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.agendum.edit.CommandStack;
import org.agendum.edit.RenameItem;
import org.agendum.file.SampleMeeting;
import org.agendum.model.FootnoteMark;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;
import org.agendum.testing.Fixtures;
import org.agendum.ui.common.MeetingViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The annotation pane mounted alone on the sample, headless; every test asserts on the model. */
@ExtendWith(ApplicationExtension.class)
class AnnotationEditorTest {
    /** Item 4's only paragraph in the sample. */
    private static final String OTHER_MATTERS = "As no issues to be raised under agenda item 4 have come to the attention "
            + "of the Secretariat, no documentation regarding the item is currently foreseen.";
    private static final ItemId ITEM = Fixtures.ITEM_4;

    private final Meeting sample = SampleMeeting.load();
    private CommandStack stack;
    private MeetingViewModel viewModel;
    private AnnotationEditor editor;
    private AnnotationArea area;
    private TextField elsewhere;

    @Start
    void start(Stage stage) {
        stack = new CommandStack(sample);
        viewModel = new MeetingViewModel(stack);
        viewModel.select(ITEM);
        editor = new AnnotationEditor(viewModel);
        area = editor.area();
        elsewhere = new TextField();
        elsewhere.setId("elsewhere");
        VBox root = new VBox(elsewhere, editor);
        VBox.setVgrow(editor, javafx.scene.layout.Priority.ALWAYS);
        stage.setScene(new Scene(root, 900, 600));
        stage.show();
        stage.requestFocus();
    }

    private RichText annotation(ItemId id) {
        return stack.meeting().agenda().get(id).annotation();
    }

    private void click(FxRobot robot) {
        robot.clickOn(area);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void select(FxRobot robot, String word) {
        int start = area.getText().indexOf(word);
        robot.interact(() -> area.selectRange(start, start + word.length()));
    }

    private void caretAt(FxRobot robot, int position) {
        robot.interact(() -> area.moveTo(position));
    }

    /** Lets the pane's events run; what was typed is on the stack by then (nothing is handed over later). */
    private void commit(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static RichText styled(String word, TextStyle style) {
        int at = OTHER_MATTERS.indexOf(word);
        return RichText.of(Paragraph.body(TextRun.plain(OTHER_MATTERS.substring(0, at)), new TextRun(word, style),
                TextRun.plain(OTHER_MATTERS.substring(at + word.length()))));
    }

    @Test
    void showsTheSelectedItemsAnnotation() {
        assertThat(area.getText()).isEqualTo(OTHER_MATTERS);
        assertThat(area.text()).isEqualTo(annotation(ITEM));
        assertThat(area.isUndoAvailable()).isFalse();
        assertThat(editor.shownItem()).isEqualTo(ITEM);
    }

    @Test
    void boldWithCtrlBIsAnEditAnnotationStepAtOnce(FxRobot robot) {
        click(robot);
        select(robot, "issues");
        robot.push(AnnotationArea.BOLD);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(area.text()).isEqualTo(styled("issues", TextStyle.BOLD));
        assertThat(annotation(ITEM)).as("on the stack at once").isEqualTo(styled("issues", TextStyle.BOLD));
        assertThat(stack.undoDepth()).isEqualTo(1);
        assertThat(stack.undoLabel()).contains("Edit annotation");
        assertThat(area.isUndoAvailable()).as("the area has no history of its own").isFalse();
    }

    @Test
    void boldFromTheToolbar(FxRobot robot) {
        click(robot);
        select(robot, "Secretariat");
        robot.clickOn("#boldButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#boldButton").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        assertThat(area.isFocused()).as("the toolbar leaves the focus in the text").isTrue();
        assertThat(annotation(ITEM)).isEqualTo(styled("Secretariat", TextStyle.BOLD));
    }

    @Test
    void italicAndUnderlineWithTheirShortcutsAreStepsOfTheirOwn(FxRobot robot) {
        click(robot);
        select(robot, "documentation");
        robot.push(AnnotationArea.ITALIC);
        robot.push(AnnotationArea.UNDERLINE);
        commit(robot);
        assertThat(annotation(ITEM)).isEqualTo(styled("documentation", TextStyle.ITALIC.withUnderline(true)));
        assertThat(stack.undoDepth()).as("a change of style closes the typing step").isEqualTo(2);

        select(robot, "documentation");
        robot.push(AnnotationArea.ITALIC);
        commit(robot);
        assertThat(annotation(ITEM)).isEqualTo(styled("documentation", TextStyle.PLAIN.withUnderline(true)));
    }

    @Test
    void boldWithNothingSelectedAppliesToWhatIsTypedNext(FxRobot robot) {
        click(robot);
        caretAt(robot, 0);
        robot.push(AnnotationArea.BOLD);
        robot.write("Note:");
        robot.push(AnnotationArea.BOLD);
        robot.write(" ");
        commit(robot);
        assertThat(annotation(ITEM)).isEqualTo(RichText.of(Paragraph.body(new TextRun("Note:", TextStyle.BOLD),
                TextRun.plain(" " + OTHER_MATTERS))));
    }

    @Test
    void typingIsOnTheStackAtOnceAndCtrlZUndoesItThere(FxRobot robot) {
        click(robot);
        caretAt(robot, 0);
        robot.write("Draft. ");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getText()).startsWith("Draft. As no issues");
        assertThat(annotation(ITEM).plainText()).as("no keystroke waits in the pane")
                .isEqualTo("Draft. " + OTHER_MATTERS);
        assertThat(stack.undoLabel()).contains("Edit annotation");
        assertThat(stack.undoDepth()).as("the keystrokes merge into one step").isEqualTo(1);
        assertThat(stack.isDirty()).isTrue();

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getText()).isEqualTo(OTHER_MATTERS);
        assertThat(stack.meeting()).isEqualTo(sample);
        assertThat(area.getCaretPosition()).as("the caret where the undone text was").isZero();

        robot.push(KeyCode.CONTROL, KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getText()).startsWith("Draft. As no issues");
        assertThat(annotation(ITEM).plainText()).isEqualTo("Draft. " + OTHER_MATTERS);
        assertThat(area.getCaretPosition()).as("the caret after the text put back").isEqualTo("Draft. ".length());
    }

    @Test
    void ctrlZWithNothingTypedUndoesTheMeetingsLastCommand(FxRobot robot) {
        robot.interact(() -> stack.execute(new RenameItem(Fixtures.ITEM_5, "Report")));
        click(robot);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.meeting()).isEqualTo(sample);
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.meeting().agenda().get(Fixtures.ITEM_5).title()).isEqualTo("Report");
    }

    @Test
    void aNewParagraphAndACaretMovedByAKeyEachStartANewStep(FxRobot robot) {
        click(robot);
        caretAt(robot, area.getLength());
        robot.write(" More.");
        robot.type(KeyCode.ENTER);
        robot.write("Second.");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.undoDepth()).isEqualTo(2);
        robot.type(KeyCode.HOME);
        robot.write("A ");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.undoDepth()).isEqualTo(3);
        assertThat(annotation(ITEM).paragraphs()).hasSize(2);
        assertThat(annotation(ITEM).paragraphs().get(1).plainText()).isEqualTo("A Second.");

        robot.interact(stack::undo);
        robot.interact(stack::undo);
        assertThat(annotation(ITEM).plainText()).isEqualTo(OTHER_MATTERS + " More.");
        assertThat(area.getText()).isEqualTo(OTHER_MATTERS + " More.");
    }

    @Test
    void aPauseInTypingClosesTheStep(FxRobot robot) {
        click(robot);
        caretAt(robot, 0);
        robot.write("One ");
        robot.sleep((long) AnnotationEditor.TYPING_PAUSE.toMillis() + 500);
        robot.write("two ");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stack.undoDepth()).isEqualTo(2);
        robot.interact(stack::undo);
        assertThat(annotation(ITEM).plainText()).isEqualTo("One " + OTHER_MATTERS);
    }

    @Test
    void switchingItemsKeepsTheTypingOnTheStack(FxRobot robot) {
        click(robot);
        caretAt(robot, 0);
        robot.write("Draft. ");
        caretAt(robot, area.getLength());
        robot.write(" More.");
        robot.interact(() -> viewModel.select(Fixtures.ITEM_5));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(annotation(ITEM).plainText()).isEqualTo("Draft. " + OTHER_MATTERS + " More.");
        assertThat(stack.undoLabel()).contains("Edit annotation");
        assertThat(area.text()).isEqualTo(annotation(Fixtures.ITEM_5));

        robot.interact(stack::undo);
        robot.interact(stack::undo);
        assertThat(annotation(ITEM).plainText()).isEqualTo(OTHER_MATTERS);
        assertThat(stack.meeting()).isEqualTo(sample);
    }

    @Test
    void anUndoFromTheMenuReloadsThePane(FxRobot robot) {
        click(robot);
        caretAt(robot, 0);
        robot.write("Draft. ");
        commit(robot);
        assertThat(annotation(ITEM).plainText()).startsWith("Draft. ");

        robot.interact(stack::undo);
        assertThat(area.getText()).isEqualTo(OTHER_MATTERS);
        robot.interact(stack::redo);
        assertThat(area.getText()).isEqualTo("Draft. " + OTHER_MATTERS);
        assertThat(area.isUndoAvailable()).isFalse();
    }

    @Test
    void anEditElsewhereLeavesTheTypingInThePane(FxRobot robot) {
        click(robot);
        caretAt(robot, 0);
        robot.write("Draft. ");
        robot.interact(() -> stack.execute(new RenameItem(Fixtures.ITEM_5, "Adoption of the final report")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getText()).isEqualTo("Draft. " + OTHER_MATTERS);
        assertThat(annotation(ITEM).plainText()).isEqualTo("Draft. " + OTHER_MATTERS);
        assertThat(stack.meeting().agenda().get(Fixtures.ITEM_5).title()).isEqualTo("Adoption of the final report");
        assertThat(stack.undoDepth()).isEqualTo(2);
    }

    @Test
    void straightQuotesBecomeCurlyAsTheyAreTyped(FxRobot robot) {
        click(robot);
        caretAt(robot, 0);
        robot.write("The \"Secretariat's\" note. ");
        commit(robot);
        assertThat(annotation(ITEM).plainText())
                .isEqualTo("The \u201CSecretariat\u2019s\u201D note. " + OTHER_MATTERS);
    }

    @Test
    void aSubparagraphShowsItsLabelAndIsSavedAsLevelOne(FxRobot robot) {
        click(robot);
        caretAt(robot, area.getLength());
        robot.type(KeyCode.ENTER);
        robot.write("First point;");
        robot.push(AnnotationArea.LEVEL_IN);
        robot.type(KeyCode.ENTER);
        robot.write("Second point.");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(paragraphLabel(1)).isEqualTo("(a)");
        assertThat(paragraphLabel(2)).isEqualTo("(b)");
        assertThat(robot.lookup("#level1Button").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .isTrue();
        commit(robot);
        assertThat(annotation(ITEM).paragraphs()).extracting(Paragraph::level).containsExactly(0, 1, 1);
        assertThat(annotation(ITEM).subparagraphLabels()).containsExactly("", "(a)", "(b)");

        // one level further in from the toolbar, and out again with Shift+Tab
        robot.clickOn("#level2Button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(paragraphLabel(2)).isEqualTo("(i)");
        robot.push(KeyCode.SHIFT, KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(paragraphLabel(2)).isEqualTo("(b)");
    }

    @Test
    void tabMakesASubparagraphAndEnterInAnEmptyOneEndsTheList(FxRobot robot) {
        click(robot);
        caretAt(robot, area.getLength());
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.TAB);
        robot.write("Point.");
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.ENTER);
        robot.write("After.");
        commit(robot);
        assertThat(annotation(ITEM).paragraphs()).extracting(Paragraph::level).containsExactly(0, 1, 0);
        assertThat(annotation(ITEM).paragraphs()).extracting(Paragraph::plainText)
                .containsExactly(OTHER_MATTERS, "Point.", "After.");
        assertThat(area.getText()).doesNotContain("\t");
    }

    @Test
    void theToolbarFormatsTheFootnoteBeingEdited(FxRobot robot) {
        click(robot);
        caretAt(robot, 2);
        robot.clickOn("#footnoteButton");
        robot.write("Treaty Series");
        FootnoteField field = editor.footnotesPane().fields().get(0);
        robot.interact(() -> field.selectRange(0, field.getLength()));
        robot.clickOn("#italicButton");
        assertThat(robot.lookup("#level1Button").queryAs(javafx.scene.control.ToggleButton.class).isDisabled())
                .as("levels belong to the annotation's paragraphs").isTrue();
        robot.type(KeyCode.ENTER);
        commit(robot);
        assertThat(annotation(ITEM).footnotes()).containsExactly(
                new FootnoteMark(List.of(new TextRun("Treaty Series", TextStyle.ITALIC))));
    }

    private String paragraphLabel(int paragraph) {
        Node graphic = area.getParagraphGraphic(paragraph);
        return ((Label) graphic.lookup(".subparagraph-label")).getText();
    }

    @Test
    void insertingAFootnoteOpensItsTextAndNumbersIt(FxRobot robot) {
        click(robot);
        int end = OTHER_MATTERS.indexOf(", no documentation");
        caretAt(robot, end);
        robot.push(AnnotationArea.FOOTNOTE);
        WaitForAsyncUtils.waitForFxEvents();
        FootnoteField field = editor.footnotesPane().fields().get(0);
        assertThat(field.isFocused()).as("the footnote's text field has the caret").isTrue();
        robot.write("See \"Rules\" 3.");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.isFocused()).as("Enter goes back to the text").isTrue();
        assertThat(area.footnotes()).hasSize(1);
        assertThat(area.footnoteNumber(area.footnotes().get(0))).isEqualTo(1);

        commit(robot);
        RichText expected = RichText.of(Paragraph.body(TextRun.plain(OTHER_MATTERS.substring(0, end)),
                FootnoteMark.of("See \u201CRules\u201D 3."), TextRun.plain(OTHER_MATTERS.substring(end))));
        assertThat(annotation(ITEM)).isEqualTo(expected);
        assertThat(stack.undoDepth()).as("inserting the footnote, then its text typed").isEqualTo(2);
    }

    @Test
    void footnotesAreNumberedAfterThoseOfEarlierItems(FxRobot robot) {
        RichText withNote = RichText.of(Paragraph.body(TextRun.plain("Earlier."), FootnoteMark.of("An earlier note.")));
        robot.interact(() -> stack.execute(new org.agendum.edit.ReplaceAnnotation(Fixtures.ITEM_2, withNote)));
        click(robot);
        caretAt(robot, 2);
        robot.interact(area::insertFootnote);
        assertThat(area.footnoteNumber(area.footnotes().get(0))).isEqualTo(2);
        assertThat(robot.lookup(".footnote-call").queryAs(Label.class).getText()).isEqualTo("2");
    }

    @Test
    void ctrlKAsksForTheAddressAndSuggestsTheSymbolsOdsAddress(FxRobot robot) {
        click(robot);
        caretAt(robot, area.getLength());
        robot.write(" See CTOC/COP/WG.4/2017/3.");
        select(robot, "CTOC/COP/WG.4/2017/3");
        robot.push(AnnotationArea.LINK);
        WaitForAsyncUtils.waitForFxEvents();

        TextField address = robot.lookup("#linkAddress").queryAs(TextField.class);
        assertThat(address.getText()).isEqualTo("https://docs.un.org/en/CTOC/COP/WG.4/2017/3");
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.interact(() -> ((Button) dialog.lookupButton(ButtonType.OK)).fire());
        commit(robot);

        assertThat(annotation(ITEM)).isEqualTo(RichText.of(Paragraph.body(TextRun.plain(OTHER_MATTERS + " See "),
                new TextRun("CTOC/COP/WG.4/2017/3", TextStyle.link("https://docs.un.org/en/CTOC/COP/WG.4/2017/3")),
                TextRun.plain("."))));
    }

    @Test
    void aLinkToAnyAddressAndItsRemoval(FxRobot robot) {
        robot.interact(() -> editor.setLinkPrompt((owner, suggested) -> Optional.of("https://www.unodc.org/")));
        click(robot);
        select(robot, "Secretariat");
        robot.push(AnnotationArea.LINK);
        commit(robot);
        assertThat(annotation(ITEM)).isEqualTo(styled("Secretariat", TextStyle.link("https://www.unodc.org/")));

        int inside = area.getText().indexOf("Secretariat") + 3;
        caretAt(robot, inside);
        robot.clickOn("#removeLinkButton");
        commit(robot);
        assertThat(annotation(ITEM).plainText()).isEqualTo(OTHER_MATTERS);
        assertThat(annotation(ITEM).paragraphs().get(0).inlines()).containsExactly(TextRun.plain(OTHER_MATTERS));
    }

    @Test
    void aTypedSymbolIsLinkedToOdsWithLinkSymbol(FxRobot robot) {
        click(robot);
        caretAt(robot, area.getLength());
        robot.write(" See A/80/590.");
        caretAt(robot, area.getText().indexOf("A/80/590") + 4);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#linkSymbolButton").queryAs(Button.class).isDisabled()).isFalse();
        robot.clickOn("#linkSymbolButton");
        commit(robot);

        assertThat(annotation(ITEM)).isEqualTo(RichText.of(Paragraph.body(TextRun.plain(OTHER_MATTERS + " See "),
                new TextRun("A/80/590", TextStyle.link("https://docs.un.org/en/A/80/590")), TextRun.plain("."))));
        // typing at the end of a link does not extend it
        caretAt(robot, area.getText().indexOf("590") + 3);
        robot.write("X");
        commit(robot);
        assertThat(annotation(ITEM).paragraphs().get(0).inlines()).contains(TextRun.plain("X."));
    }

    @Test
    void aShortcutInsertsNoCharacter(FxRobot robot) {
        click(robot);
        caretAt(robot, 0);
        robot.push(AnnotationArea.FOOTNOTE);
        robot.interact(area::requestFocus);
        robot.push(AnnotationArea.LINK_SYMBOL);
        assertThat(area.getText()).isEqualTo("\uFFFC" + OTHER_MATTERS);
        assertThat(List.of(area.getText().chars().filter(Character::isISOControl).toArray())).hasSize(1);
    }
}
