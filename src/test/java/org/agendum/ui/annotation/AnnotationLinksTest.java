package org.agendum.ui.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.agendum.edit.CommandStack;
import org.agendum.edit.ReplaceAnnotation;
import org.agendum.file.SampleMeeting;
import org.agendum.model.ItemId;
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

/**
 * Links from a received file: Ctrl+click opens only web and e-mail addresses, asks before anything that is not a
 * United Nations address, and says why it opens nothing else; Ctrl+K refuses to make such a link.
 */
@ExtendWith(ApplicationExtension.class)
class AnnotationLinksTest {
    private static final ItemId ITEM = Fixtures.ITEM_4;
    private static final RichText LINKS = RichText.of(Paragraph.body(
            TextRun.plain("See "), new TextRun("CTOC/COP/WG.4/2018/2", TextStyle.link("file:///etc/passwd")),
            TextRun.plain(", "), new TextRun("UNODC", TextStyle.link("https://www.unodc.org/some/page?x=1")),
            TextRun.plain(", "), new TextRun("A/80/590", TextStyle.link("https://docs.un.org/en/A/80/590")),
            TextRun.plain(" and "), new TextRun("script", TextStyle.link("JAVASCRIPT:alert(1)")),
            TextRun.plain(" and plain words.")));

    private CommandStack stack;
    private AnnotationEditor editor;
    private AnnotationArea area;
    private final List<String> opened = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();
    private final List<String> asked = new ArrayList<>();

    @Start
    void start(Stage stage) {
        stack = new CommandStack(new ReplaceAnnotation(ITEM, LINKS).apply(SampleMeeting.load()));
        MeetingViewModel viewModel = new MeetingViewModel(stack);
        viewModel.select(ITEM);
        editor = new AnnotationEditor(viewModel);
        area = editor.area();
        editor.setLinkOpener(opened::add);
        editor.setMessages(messages::add);
        VBox root = new VBox(editor);
        VBox.setVgrow(editor, javafx.scene.layout.Priority.ALWAYS);
        stage.setScene(new Scene(root, 900, 600));
        stage.show();
        stage.requestFocus();
    }

    private void answer(boolean open) {
        editor.setLinkConfirmation((owner, address) -> {
            asked.add(address);
            return open;
        });
    }

    private Node word(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof Text t && t.getText().equals(text)).query();
    }

    private void ctrlClick(FxRobot robot, String text) {
        Node node = word(robot, text);
        robot.press(KeyCode.CONTROL);
        try {
            robot.clickOn(node);
        } finally {
            robot.release(KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aLinkToALocalFileIsNotOpenedAndTheOfficerIsToldWhy(FxRobot robot) {
        answer(true);
        ctrlClick(robot, "CTOC/COP/WG.4/2018/2");

        assertThat(opened).isEmpty();
        assertThat(asked).as("nothing to confirm: it is refused").isEmpty();
        assertThat(messages).containsExactly("Not opened: \u201Cfile:///etc/passwd\u201D is not a web or e-mail "
                + "address; only http, https, ftp and mailto addresses can be links.");
        assertThat(stack.meeting().agenda().get(ITEM).annotation()).as("nothing changed").isEqualTo(LINKS);
    }

    @Test
    void aScriptLinkInCapitalsIsNotOpened(FxRobot robot) {
        answer(true);
        ctrlClick(robot, "script");
        assertThat(opened).isEmpty();
        assertThat(messages).singleElement().asString().startsWith("Not opened: \u201CJAVASCRIPT:alert(1)\u201D");
    }

    @Test
    void anAddressOutsideTheUnAsksWithTheFullAddressFirst(FxRobot robot) {
        answer(false);
        ctrlClick(robot, "UNODC");
        assertThat(asked).containsExactly("https://www.unodc.org/some/page?x=1");
        assertThat(opened).as("declined").isEmpty();

        answer(true);
        ctrlClick(robot, "UNODC");
        assertThat(opened).containsExactly("https://www.unodc.org/some/page?x=1");
        assertThat(messages).isEmpty();
    }

    @Test
    void theQuestionIsADialogShowingTheAddressWithCancelAsDefault(FxRobot robot) {
        ctrlClick(robot, "UNODC");
        DialogPane dialog = robot.lookup("#openLinkDialog").queryAs(DialogPane.class);
        assertThat(robot.lookup("#openLinkAddress").queryAs(TextArea.class).getText())
                .isEqualTo("https://www.unodc.org/some/page?x=1");
        Button cancel = (Button) dialog.lookupButton(ButtonType.CANCEL);
        assertThat(cancel.isDefaultButton()).isTrue();
        assertThat(robot.lookup("#openLinkButton").queryAs(Button.class).isDefaultButton()).isFalse();
        robot.interact(cancel::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).isEmpty();

        ctrlClick(robot, "UNODC");
        robot.interact(() -> robot.lookup("#openLinkButton").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly("https://www.unodc.org/some/page?x=1");
    }

    @Test
    void anOdsAddressOpensWithoutAsking(FxRobot robot) {
        answer(false);
        ctrlClick(robot, "A/80/590");
        assertThat(asked).isEmpty();
        assertThat(opened).containsExactly("https://docs.un.org/en/A/80/590");
    }

    @Test
    void aPlainClickOpensNothing(FxRobot robot) {
        answer(true);
        robot.clickOn(word(robot, "UNODC"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).isEmpty();
        assertThat(asked).isEmpty();
    }

    @Test
    void ctrlKRefusesALinkToALocalFile(FxRobot robot) {
        robot.interact(() -> editor.setLinkPrompt((owner, suggested) -> Optional.of("file:///C:/Windows/System32/calc.exe")));
        robot.clickOn(area);
        int start = area.getText().indexOf("plain");
        robot.interact(() -> area.selectRange(start, start + 5));
        robot.push(AnnotationArea.LINK);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stack.meeting().agenda().get(ITEM).annotation()).isEqualTo(LINKS);
        assertThat(stack.undoDepth()).isZero();
        assertThat(messages).containsExactly("Not linked: \u201Cfile:///C:/Windows/System32/calc.exe\u201D is not a web "
                + "or e-mail address; only http, https, ftp and mailto addresses can be links.");
    }

    @Test
    void ctrlKAcceptsAWebAddress(FxRobot robot) {
        robot.interact(() -> editor.setLinkPrompt((owner, suggested) -> Optional.of(" https://www.unodc.org/ ")));
        robot.clickOn(area);
        int start = area.getText().indexOf("plain");
        robot.interact(() -> area.selectRange(start, start + 5));
        robot.push(AnnotationArea.LINK);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stack.meeting().agenda().get(ITEM).annotation().paragraphs().get(0).inlines())
                .contains(new TextRun("plain", TextStyle.link("https://www.unodc.org/")));
        assertThat(messages).isEmpty();
    }
}
