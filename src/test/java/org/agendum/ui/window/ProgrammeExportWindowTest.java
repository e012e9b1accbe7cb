package org.agendum.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.agendum.model.OrganizationOfWork;
import org.agendum.edit.Edit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Export Programme… (Ctrl+Shift+P): the real dialog, answered by clicking, writes each format (issue 20). */
@ExtendWith(ApplicationExtension.class)
class ProgrammeExportWindowTest {
    @RegisterExtension
    final SavedSampleWindow sample = new SavedSampleWindow().questionsInDialogs();

    @Start
    void start(Stage stage) {
        sample.show(stage);
    }

    private DialogPane open(FxRobot robot) {
        robot.interact(sample.stage::requestFocus);
        robot.clickOn("#agendaTree");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#programmeExportDialog").queryAs(DialogPane.class);
    }

    private Path export(FxRobot robot, String extension) throws Exception {
        Path target = sample.folder.resolve("wg4-programme");
        sample.dialogs.answer(target);
        open(robot);
        robot.clickOn("#programmeFormat-" + extension);
        robot.clickOn("#okButton");
        Path written = sample.folder.resolve("wg4-programme." + extension);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(written));
        assertThat(sample.dialogs.asked).containsExactly("programme wg4-programme." + extension);
        return written;
    }

    @Test
    void theCalendarIsWrittenInTheDutyStationsZone(FxRobot robot) throws Exception {
        Path written = export(robot, "ics");
        String text = Files.readString(written, StandardCharsets.UTF_8);
        assertThat(text).startsWith("BEGIN:VCALENDAR").contains("DTSTART;TZID=Europe/Vienna:20180702T100000");
    }

    @Test
    void theSpreadsheetIsWritten(FxRobot robot) throws Exception {
        byte[] bytes = Files.readAllBytes(export(robot, "xlsx"));
        assertThat(new String(bytes, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
    }

    @Test
    void theCsvFileIsWritten(FxRobot robot) throws Exception {
        assertThat(Files.readString(export(robot, "csv"), StandardCharsets.UTF_8))
                .startsWith("Date,Time,Agenda item,Title or description,Continued,Note\r\n");
    }

    @Test
    void aZoneTheCalendarDoesNotKnowIsSaidAndTheDialogStays(FxRobot robot) {
        open(robot);
        assertThat(robot.lookup("#programmeTimeZone").queryAs(TextField.class).getText()).isEqualTo("Europe/Vienna");
        robot.doubleClickOn("#programmeTimeZone").eraseText(20).write("Mars/Olympus");
        robot.clickOn("#okButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#programmeTimeZoneError").queryAs(Label.class).getText())
                .contains("“Mars/Olympus” is not a time zone");
        assertThat(robot.lookup("#programmeExportDialog").tryQuery()).isPresent();
        robot.clickOn("#cancelButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sample.dialogs.asked).isEmpty();
    }

    @Test
    void aMeetingWithoutOrganizationOfWorkIsToldSoAndNothingIsAsked(FxRobot robot) {
        robot.interact(() -> sample.stack.execute(new Edit() {
            @Override
            public String label() {
                return "Clear the organization of work";
            }

            @Override
            public org.agendum.model.Meeting apply(org.agendum.model.Meeting meeting) {
                return meeting.withOrganization(OrganizationOfWork.EMPTY);
            }
        }));
        robot.interact(sample.stage::requestFocus);
        robot.clickOn("#agendaTree");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#programmeExportDialog").tryQuery()).isEmpty();
        DialogPane error = robot.lookup("#programmeErrorDialog").queryAs(DialogPane.class);
        assertThat(error.getContentText()).contains("no organization of work", "Nothing was written.");
        assertThat(sample.dialogs.asked).isEmpty();
    }
}
