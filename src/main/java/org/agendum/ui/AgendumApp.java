package org.agendum.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import org.agendum.edit.CommandStack;

/**
 * The desktop application: opens the meeting file given as the one argument, or the built-in sample. When the
 * file cannot be read, it says why and shows the sample.
 */
public final class AgendumApp extends Application {
    private MainWindow window;

    /** Starts the toolkit and the window; returns when the window has been closed. */
    public static void run(String... args) {
        launch(AgendumApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        StartupMeeting startup = StartupMeeting.from(getParameters().getRaw());
        window = MainWindow.show(stage, new CommandStack(startup.meeting()), getHostServices()::showDocument);
        startup.error().ifPresent(message -> OpenErrorAlert.show(stage, message));
    }

    /** The window's state, for tests and later features (menus, saving). */
    MainWindow window() {
        return window;
    }
}
