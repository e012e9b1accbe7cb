package org.agendum.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.agendum.testing.HostileFiles;
import org.agendum.testing.LoadErrors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The worst files of the fuzzing test, opened one after the other through File &gt; Open in a window that has a
 * meeting: each gives its message, and the window keeps its meeting, unchanged and unsaved-changes-free, and still
 * edits afterwards.
 */
@ExtendWith(ApplicationExtension.class)
class BadFilesWindowTest {
    @RegisterExtension
    final SavedSampleWindow sample = new SavedSampleWindow();

    @Start
    void start(Stage stage) {
        sample.show(stage);
    }

    /** The files, by what is wrong with them: each fails at another stage of reading. */
    private Map<String, byte[]> worstFiles() {
        byte[] sampleBytes = HostileFiles.sample();
        String text = new String(sampleBytes, StandardCharsets.UTF_8);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("nested-lists", HostileFiles.sampleWithAgenda(HostileFiles.nestedLists(HostileFiles.DEEP)));
        files.put("huge-title", text.replace("\"title\": \"Organizational matters\"", "\"title\": \""
                + "x".repeat(10_000_001) + "\"").getBytes(StandardCharsets.UTF_8));
        files.put("word-document", HostileFiles.wordDocument());
        files.put("invalid-utf8", HostileFiles.insert(sampleBytes, sampleBytes.length / 2, new byte[] {(byte) 0x93}));
        files.put("too-large", new byte[65 * 1024 * 1024]);
        return files;
    }

    @Test
    void eachGivesItsMessageAndTheWindowKeepsItsMeetingAndStillEdits(FxRobot robot) throws Exception {
        for (Map.Entry<String, byte[]> bad : worstFiles().entrySet()) {
            Path path = sample.folder.resolve(bad.getKey() + ".agendum");
            Files.write(path, bad.getValue());
            sample.dialogs.answer(path);
            int errorsBefore = sample.prompts.errors.size();

            robot.clickOn("#fileMenu").clickOn("#menu-open");
            TestWindows.awaitReading(sample.window); // read in the background

            assertThat(sample.prompts.errors).as(bad.getKey()).hasSize(errorsBefore + 1)
                    .last().isEqualTo("OPEN: " + LoadErrors.messageFor(path));
            assertThat(sample.stack.meeting().equals(sample.meeting)).as("%s: the window's meeting is unchanged",
                    bad.getKey()).isTrue();
            assertThat(sample.stack.isDirty()).isFalse();
            assertThat(sample.stage.getTitle()).isEqualTo("wg4.agendum \u2013 Agendum");
            Files.delete(path);
        }
        System.out.printf("RELIABILITY: bad files opened in the window: %d, each refused with its message; the window "
                + "kept its meeting and still edits%n", sample.prompts.errors.size());

        robot.clickOn(new WindowLookups(robot).cell("5. Adoption of the report"));
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        robot.write("Closing of the meeting").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(new WindowLookups(robot).treeLines()).last().isEqualTo("6. Closing of the meeting");
        assertThat(sample.stack.isDirty()).isTrue();
        robot.push(KeyCode.CONTROL, KeyCode.Z); // the title
        robot.push(KeyCode.CONTROL, KeyCode.Z); // the item
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sample.stack.meeting().equals(sample.meeting)).as("undone back to the sample").isTrue();
    }
}
