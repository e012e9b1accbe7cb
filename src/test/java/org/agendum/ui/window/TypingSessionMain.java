package org.agendum.ui.window;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.agendum.edit.CommandStack;
import org.agendum.file.MeetingFiles;
import org.agendum.ui.annotation.AnnotationArea;

/**
 * The process {@link TypingCrashTest} kills: the editor's window (headless) on a saved copy of the sample, with a
 * short autosave interval. It puts the caret into one text field of the window, types {@link TypingCrashTest#TEXT}
 * there key by key as a keyboard would (key events to the focused control), prints {@code typed;} and then sits with
 * the caret still in the field, as an officer who stops to think, until it is killed.
 *
 * <p>Arguments: the session folder (its {@code meeting.agendum}, {@code config/} and {@code data/}), the field
 * ({@link TypingCrashTest.Field}) and the autosave interval in milliseconds.
 */
public final class TypingSessionMain {
    private static final long PACE_MILLIS = 3;

    private TypingSessionMain() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        TypingCrashTest.Field field = TypingCrashTest.Field.valueOf(args[1]);
        Duration interval = Duration.ofMillis(Long.parseLong(args[2]));
        Path file = folder.resolve("meeting.agendum");
        CommandStack stack = new CommandStack(MeetingFiles.load(file));
        MainWindow[] window = new MainWindow[1];
        FutureTask<Void> shown = new FutureTask<>(() -> {
            window[0] = MainWindow.show(new Stage(), stack, TestWindows.folders(folder)
                    .file(file)
                    .autosaveInterval(interval));
        }, null);
        Platform.startup(shown);
        shown.get();

        onFx(() -> placeCaret(window[0], field));
        // the caret is there once the field has the focus (the note's dialog opens after this event)
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!ask(() -> focusOwner() != null && field.hasFocus(focusOwner().getId()))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The caret never reached the " + field);
            }
            Thread.sleep(20);
        }
        for (char c : TypingCrashTest.TEXT.toCharArray()) {
            onFx(() -> type(c));
            Thread.sleep(PACE_MILLIS);
        }
        System.out.println("typed;");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    /** Puts the caret at the end of the field, as a click there would. */
    private static void placeCaret(MainWindow window, TypingCrashTest.Field field) {
        Scene scene = window.tree().getScene();
        window.viewModel().select(TypingCrashTest.ITEM);
        TabPane tabs = (TabPane) scene.lookup("#editorTabs");
        switch (field) {
            case ANNOTATION -> {
                AnnotationArea area = (AnnotationArea) scene.lookup("#annotationArea");
                area.requestFocus();
                area.end(org.fxmisc.richtext.NavigationActions.SelectionPolicy.CLEAR);
                // a new paragraph: Enter, as the officer starts one
                Event.fireEvent(area, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false,
                        false));
            }
            case FOOTNOTE -> {
                AnnotationArea area = (AnnotationArea) scene.lookup("#annotationArea");
                area.requestFocus();
                area.end(org.fxmisc.richtext.NavigationActions.SelectionPolicy.CLEAR);
                area.insertFootnote(); // opens the new footnote's field with the caret in it
            }
            case DETAILS -> {
                tabs.getSelectionModel().select(tabs.getTabs().stream()
                        .filter(tab -> "detailsTab".equals(tab.getId())).findFirst().orElseThrow());
                focusEnd(scene.lookup("#detail_MEETING_NAME"));
            }
            case DOCUMENTATION -> focusEnd(scene.lookup("#docDescription0"));
            case NOTE -> {
                tabs.getSelectionModel().select(tabs.getTabs().stream()
                        .filter(tab -> "scheduleTab".equals(tab.getId())).findFirst().orElseThrow());
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                Button addNote = (Button) scene.lookup("#addNoteButton");
                // the dialog waits in a nested loop of its own; the typing reaches it there
                Platform.runLater(addNote::fire);
            }
            default -> throw new IllegalArgumentException(field.name());
        }
    }

    private static void focusEnd(Node node) {
        node.requestFocus();
        if (node instanceof TextInputControl text) {
            text.end();
        }
    }

    /** One key typed into whatever has the keyboard focus (in the note's dialog once it is open). */
    private static void type(char c) {
        Event.fireEvent(focusOwner(), new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED, false,
                false, false, false));
    }

    /** The focus owner of the newest window that has one (the note's dialog while it is open). */
    private static Node focusOwner() {
        Node focus = null;
        for (Window w : Window.getWindows()) {
            if (w.getScene() != null && w.getScene().getFocusOwner() != null) {
                focus = w.getScene().getFocusOwner();
            }
        }
        return focus;
    }

    private static void onFx(Runnable action) throws Exception {
        ask(() -> {
            action.run();
            return true;
        });
    }

    private static <T> T ask(java.util.concurrent.Callable<T> action) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(action.call());
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        return done.get();
    }
}
