package org.agendum.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.agendum.docx.EmblemImageTestSupport;
import org.agendum.session.EmblemPreference;
import org.agendum.ui.common.KeyHelp;
import org.agendum.ui.files.EmblemDialog;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14, item 6: the emblem for the masthead chosen in the window (File ▸ Emblem for the Masthead…), previewed in
 * the masthead, kept in the configuration folder, and put in the exported document; a bad picture is refused with the
 * export's sentence and changes nothing; a remembered picture that has gone stops the export with where to fix it.
 */
@ExtendWith(ApplicationExtension.class)
class EmblemDialogTest {
    @RegisterExtension
    final SavedSampleWindow sample = new SavedSampleWindow();

    @Start
    void start(Stage stage) {
        sample.show(stage);
    }

    private EmblemPreference preference() {
        return new EmblemPreference(sample.folder.resolve("config"));
    }

    private void openDialog(FxRobot robot) {
        robot.clickOn("#fileMenu").clickOn("#menu-emblem");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#emblemDialog").tryQuery()).as("the emblem dialog").isPresent();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    private static ImageView preview(FxRobot robot) {
        return robot.lookup("#emblemPreview").queryAs(ImageView.class);
    }

    /** Whether the picture is in the preview's emblem cell, in the scene and drawn. */
    private static boolean previewShowsAPicture(FxRobot robot) {
        return robot.lookup("#emblemBox #emblemPreview").tryQuery().map(Node::isVisible).orElse(false)
                && preview(robot).getImage() != null && !preview(robot).getImage().isError();
    }

    @Test
    void aChosenPictureIsPreviewedKeptAndExportedInTheMasthead(FxRobot robot) throws Exception {
        Path png = EmblemImageTestSupport.writePng(sample.folder.resolve("emblem.png"), 300, 200);
        openDialog(robot);
        assertThat(robot.lookup("#emblemBox #noEmblem").tryQuery()).as("the empty cell's note").isPresent();
        assertThat(text(robot, "#emblemFile")).isEqualTo("none");

        sample.dialogs.answer(png);
        robot.clickOn("#chooseEmblemButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sample.dialogs.asked).containsExactly("emblem");
        assertThat(previewShowsAPicture(robot)).isTrue();
        assertThat(preview(robot).getImage().getWidth()).isEqualTo(300);
        // fitted as the document fits it: the full width of the box (1.98 cm at 96 px an inch), two thirds as high
        assertThat(preview(robot).getFitWidth()).isCloseTo(1.98 / 2.54 * 96, org.assertj.core.data.Offset.offset(0.5));
        assertThat(robot.lookup("#emblemBox #noEmblem").tryQuery()).isEmpty();
        assertThat(text(robot, "#emblemFile")).isEqualTo(png.toString());
        assertThat(text(robot, "#emblemError")).isEmpty();
        assertThat(preference().picture()).as("kept only on OK").isEmpty();

        robot.clickOn("#okButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#emblemDialog").tryQuery()).isEmpty();
        assertThat(preference().picture()).contains(png);
        assertThat(text(robot, "#statusMessage")).isEqualTo("The masthead\u2019s emblem is emblem.png.");

        Path target = sample.folder.resolve("wg4.docx");
        sample.dialogs.answer(target);
        robot.clickOn("#fileMenu").clickOn("#menu-export-word");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(target)
                && text(robot, "#statusMessage").startsWith("Exported to wg4.docx"));
        try (InputStream in = Files.newInputStream(target); XWPFDocument document = new XWPFDocument(in)) {
            List<XWPFPictureData> pictures = document.getAllPackagePictures();
            assertThat(pictures).singleElement().satisfies(picture -> {
                assertThat(picture.getPackagePart().getPartName().getName()).startsWith("/word/media/");
                assertThat(picture.getData()).isEqualTo(Files.readAllBytes(png));
            });
        }
        assertThat(sample.prompts.errors).isEmpty();
    }

    @Test
    void aBadPictureGivesTheExportsSentenceAndKeepsThePreviousChoice(FxRobot robot) throws Exception {
        Path good = EmblemImageTestSupport.writePng(sample.folder.resolve("emblem.png"), 200, 200);
        preference().choose(good);
        Path text = Files.writeString(sample.folder.resolve("emblem.gif"), "not a picture");
        Path folder = Files.createDirectories(sample.folder.resolve("pictures"));
        Path huge = Files.write(sample.folder.resolve("huge.png"), EmblemImageTestSupport.pngHeader(20_000, 10));
        openDialog(robot);
        assertThat(previewShowsAPicture(robot)).isTrue();

        refused(robot, text, "The emblem picture " + text + " is not a PNG, JPEG or GIF picture.");
        refused(robot, folder, "The emblem picture " + folder + " is not an ordinary file");
        refused(robot, huge, "pixels; an emblem must be at most 10000 pixels each way.");
        Path fifo = sample.folder.resolve("pipe.png");
        if (mkfifo(fifo)) {
            refused(robot, fifo, "The emblem picture " + fifo + " is not an ordinary file");
        }

        robot.clickOn("#okButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(preference().picture()).contains(good);
    }

    /** Choosing {@code picture} is refused with {@code sentence}, and the dialog still shows the good one. */
    private void refused(FxRobot robot, Path picture, String sentence) {
        String before = text(robot, "#emblemFile");
        sample.dialogs.answer(picture);
        robot.clickOn("#chooseEmblemButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#emblemError")).contains(sentence).endsWith("The emblem stays as it was.");
        assertThat(text(robot, "#emblemFile")).isEqualTo(before);
        assertThat(previewShowsAPicture(robot)).isTrue();
    }

    private static boolean mkfifo(Path fifo) throws InterruptedException {
        try {
            Process process = new ProcessBuilder("mkfifo", fifo.toString()).start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void removeLeavesTheCellEmptyAndCancelKeepsThePicture(FxRobot robot) throws Exception {
        Path good = EmblemImageTestSupport.writePng(sample.folder.resolve("emblem.png"), 200, 200);
        preference().choose(good);
        openDialog(robot);
        robot.clickOn("#removeEmblemButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#emblemBox #noEmblem").tryQuery()).isPresent();
        assertThat(text(robot, "#emblemNote")).contains("stays empty");
        robot.clickOn("#cancelButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(preference().picture()).contains(good);

        openDialog(robot);
        robot.clickOn("#removeEmblemButton");
        robot.clickOn("#okButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(preference().picture()).isEmpty();
        assertThat(text(robot, "#statusMessage")).isEqualTo("The masthead has no emblem.");
    }

    @Test
    void aRememberedPictureThatHasGoneStopsTheExportAndSaysWhereToFixIt(FxRobot robot) throws Exception {
        Path gone = sample.folder.resolve("gone").resolve("emblem.png");
        preference().choose(gone);
        robot.clickOn("#agendaTree");
        robot.push(KeyCode.CONTROL, KeyCode.E);
        WaitForAsyncUtils.waitForFxEvents();

        String reason = "The emblem picture " + gone + " does not exist.";
        assertThat(sample.prompts.errors).containsExactly("EXPORT: " + reason
                + " In File \u25B8 Emblem for the Masthead, choose another picture or remove it.\n\nNothing was written.");
        assertThat(sample.dialogs.asked).as("not asked where: nothing can be written").isEmpty();
        assertThat(text(robot, "#statusMessage")).isEqualTo("Not exported: " + reason);
        try (var files = Files.list(sample.folder)) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(name -> name.endsWith(".docx"));
        }

        // the dialog says the same, and keeps the choice until the officer changes it
        openDialog(robot);
        assertThat(text(robot, "#emblemError")).isEqualTo(reason);
        assertThat(text(robot, "#emblemFile")).isEqualTo(gone.toString());
        assertThat(robot.lookup("#emblemBox #noEmblem").tryQuery()).isPresent();
        robot.clickOn("#okButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(preference().picture()).contains(gone);
    }

    @Test
    void ctrlShiftEOpensItAndTheShortcutsListAndTheExportsAdviceNameIt(FxRobot robot) {
        robot.clickOn("#agendaTree");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#emblemDialog").tryQuery()).isPresent();
        robot.clickOn("#cancelButton");

        assertThat(ShortcutsDialog.sections().get("Window"))
                .contains(new KeyHelp("Emblem for the Masthead", "Ctrl+Shift+E"));
        MenuItem item = sample.window.actions().menuItem(AppAction.EMBLEM);
        assertThat(EmblemDialog.MENU_PATH).isEqualTo("File \u25B8 " + item.getText().replace("\u2026", ""));
    }

    @Test
    void thePreviewShowsThisMeetingsMasthead(FxRobot robot) {
        openDialog(robot);
        assertThat(texts(robot.lookup("#mastheadPreview").query()))
                .contains("United Nations", "CTOC/COP/WG.4/2018/1", "Distr.: General", "Original: English")
                .anyMatch(line -> line.startsWith("Conference of the Parties"))
                .anyMatch(line -> line.matches("\\d{1,2} \\w+ \\d{4}"));
        robot.clickOn("#cancelButton");
    }

    /** The words of every Text node under {@code node}, in order. */
    private static List<String> texts(Node node) {
        List<String> words = new java.util.ArrayList<>();
        if (node instanceof javafx.scene.text.Text text) {
            words.add(text.getText());
        } else if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> words.addAll(texts(child)));
        }
        return words;
    }
}
