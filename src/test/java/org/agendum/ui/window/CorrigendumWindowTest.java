package org.agendum.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.agendum.edit.IssueVersion;
import org.agendum.edit.RenameItem;
import org.agendum.model.IssueKind;
import org.agendum.model.IssuedVersion;
import org.agendum.model.ItemId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 19, File ▸ Export Corrigendum…: refused in words with nothing issued; after an issue and a rename, the dialog
 * shows the instruction written from the change, the officer's edit of it is what the document holds, and the
 * corrigendum is recorded as issued in one step Undo takes back.
 */
@ExtendWith(ApplicationExtension.class)
class CorrigendumWindowTest {
    private static final String SYMBOL = "CTOC/COP/WG.4/2018/1";

    @RegisterExtension
    final SavedSampleWindow sample = new SavedSampleWindow();

    @Start
    void start(Stage stage) {
        sample.show(stage);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    @Test
    void withNothingIssuedTheCorrigendumIsRefusedInWords(FxRobot robot) {
        robot.clickOn("#fileMenu").clickOn("#menu-export-corrigendum");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(sample.prompts.errors).singleElement().asString()
                .startsWith("EXPORT: Nothing has been issued yet, and a corrigendum corrects an issued document.");
        assertThat(text(robot, "#statusMessage")).startsWith("No corrigendum exported: Nothing has been issued yet");
        assertThat(sample.stack.canUndo()).isFalse();
    }

    @Test
    void theOfficersWordingIsExportedAndTheCorrigendumIsIssuedInOneStep(FxRobot robot) throws Exception {
        robot.interact(() -> {
            sample.stack.execute(new IssueVersion(SYMBOL, LocalDate.now(), IssueKind.ORIGINAL));
            sample.stack.execute(new RenameItem(new ItemId("item-4"), "Other matters and closing"));
        });
        Path written = sample.folder.resolve("corr.docx");
        sample.dialogs.answer(written);
        robot.clickOn("#fileMenu").clickOn("#menu-export-corrigendum");
        WaitForAsyncUtils.waitForFxEvents();

        TextField location = robot.lookup("#corrigendumLocation0").queryAs(TextField.class);
        TextArea instruction = robot.lookup("#corrigendumText0").queryAs(TextArea.class);
        assertThat(location.getText()).isEqualTo("Item 4, title");
        assertThat(instruction.getText())
                .isEqualTo("For \u201cOther matters\u201d read \u201cOther matters and closing\u201d");
        robot.interact(() -> location.setText("Page 2, item 4"));
        robot.clickOn("#okButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(written)
                && text(robot, "#statusMessage").startsWith("Exported and issued"));

        assertThat(documentXml(written)).contains("Page 2, item 4", "Corrigendum");
        assertThat(text(robot, "#statusMessage")).startsWith("Exported and issued as " + SYMBOL + "/Corr.1 on ");
        IssuedVersion corrigendum = sample.stack.meeting().issued().get(1);
        assertThat(corrigendum.symbol()).isEqualTo(SYMBOL + "/Corr.1");
        assertThat(corrigendum.kind()).isEqualTo(IssueKind.CORRIGENDUM);
        robot.interact(sample.stack::undo);
        assertThat(sample.stack.meeting().issued()).hasSize(1);
    }

    private static String documentXml(Path docx) throws Exception {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
    }
}
