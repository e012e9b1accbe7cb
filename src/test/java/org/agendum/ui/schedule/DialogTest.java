package org.agendum.ui.schedule;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What the dialog tests share: a small window to own the dialogs, and no dialog left open after a test. */
@ExtendWith(ApplicationExtension.class)
abstract class DialogTest {
    protected Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void closeDialogs() {
        PendingAnswer.closeDialogs(stage);
    }
}
