package org.agendum.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.agendum.edit.CommandStack;
import org.agendum.session.StartupMeeting;
import org.agendum.ui.files.OpenErrorAlert;
import org.agendum.ui.window.MainWindow;
import org.agendum.ui.window.StartupProbe;
import org.agendum.ui.window.WindowSetup;

/**
 * The desktop application: opens the meeting file given as the one argument, or the built-in sample (and imports
 * over it the document given instead of a meeting file: a Word file, PDF or text). When the
 * file cannot be read, it says why and shows the sample; when another Agendum has it open, it asks whether to open
 * it read-only. Then, if an earlier Agendum crashed with unsaved work, it offers to restore it.
 *
 * <p>The editors of the right side plug in here: {@code new WindowSetup().rightPane(theirFactory)}.
 */
public final class AgendumApp extends Application {
    /** The meeting being read while JavaFX starts (see {@link #run}); null when start() must read it itself. */
    private static volatile CompletableFuture<StartupMeeting> reading;

    private MainWindow window;

    /**
     * Starts the toolkit and the window; returns when the window has been closed. The meeting is read on a thread of
     * its own meanwhile: a large meeting takes about as long to read in a fresh JVM as JavaFX takes to start.
     */
    public static void run(String... args) {
        List<String> arguments = List.of(args);
        reading = CompletableFuture.supplyAsync(() -> StartupMeeting.from(arguments), task -> {
            Thread thread = new Thread(task, "meeting-reader");
            thread.setDaemon(true);
            thread.start();
        });
        launch(AgendumApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        CompletableFuture<StartupMeeting> read = reading;
        reading = null;
        StartupMeeting startup = read != null ? read.join() : StartupMeeting.from(getParameters().getRaw());
        WindowSetup setup = new WindowSetup()
                .file(startup.file().orElse(null))
                .sample(startup.file().isEmpty())
                .openLink(getHostServices()::showDocument);
        window = MainWindow.show(stage, new CommandStack(startup.meeting()), setup);
        StartupProbe.watch(stage);
        startup.file().ifPresent(file -> window.recentFiles().add(file));
        if (startup.error().isPresent()) {
            // one dialog at a time: the offer to restore comes once the error has been read
            OpenErrorAlert.show(stage, startup.error().get()).setOnHidden(event -> window.offerRecovery());
        } else if (startup.document().isPresent()) {
            // lost work is offered first: the import then asks before it replaces what was restored
            Path document = startup.document().get();
            Platform.runLater(() -> window.offerRecovery().thenRun(() -> window.importDocument(document)));
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
