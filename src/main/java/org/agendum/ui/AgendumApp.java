package org.agendum.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.agendum.edit.CommandStack;

/**
 * The desktop application: opens the meeting file given as the one argument, or the built-in sample. When the
 * file cannot be read, it says why and shows the sample; when another Agendum has it open, it asks whether to open
 * it read-only. Then, if an earlier Agendum crashed with unsaved work, it offers to restore it.
 *
 * <p>The editors of the right side plug in here: {@code new WindowSetup().rightPane(theirFactory)}.
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
        WindowSetup setup = new WindowSetup()
                .file(startup.file().orElse(null))
                .sample(startup.file().isEmpty())
                .openLink(getHostServices()::showDocument);
        window = MainWindow.show(stage, new CommandStack(startup.meeting()), setup);
        startup.file().ifPresent(file -> window.recentFiles().add(file));
        if (startup.error().isPresent()) {
            // one dialog at a time: the offer to restore comes once the error has been read
            OpenErrorAlert.show(stage, startup.error().get()).setOnHidden(event -> window.offerRecovery());
        } else {
            // once the window is up: the questions come over the window, and start() has returned
            Platform.runLater(window::askStartupQuestions);
        }
    }

    /** The window's state, for tests. */
    MainWindow window() {
        return window;
    }
}
