package org.agendum.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The benchmark's probe: the moment the first frame is laid out, written once. */
@ExtendWith(ApplicationExtension.class)
class StartupProbeTest {
    private Stage stage;

    @AfterEach
    void closeAndForget(FxRobot robot) {
        System.clearProperty(StartupProbe.PROPERTY);
        if (stage != null) {
            robot.interact(stage::close);
        }
    }

    private void showWindow(FxRobot robot) {
        robot.interact(() -> {
            stage = new Stage();
            stage.setScene(new Scene(new Label("Agendum"), 300, 200));
            stage.show();
            StartupProbe.watch(stage);
        });
    }

    @Test
    void writesTheFirstFramesMomentOnceAfterTheWindowIsShown(FxRobot robot) throws IOException {
        Path file = Files.createTempDirectory("probe").resolve("probe.txt");
        System.setProperty(StartupProbe.PROPERTY, file.toString());
        Instant before = Instant.now();
        showWindow(robot);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.getScene().getRoot().requestLayout()); // later pulses write nothing more
        WaitForAsyncUtils.waitForFxEvents();

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("first-window ");
        long nanos = Long.parseLong(lines.get(0).substring("first-window ".length()));
        Instant written = Instant.ofEpochSecond(0, nanos);
        assertThat(written).isBetween(before, Instant.now());
    }
}
