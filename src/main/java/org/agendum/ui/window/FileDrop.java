package org.agendum.ui.window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import org.agendum.file.MeetingFiles;

/**
 * A file dragged onto the window from the desktop: a meeting file opens (File ▸ Open), any other document is imported
 * (File ▸ Import…: last session's Word file, PDF or text). One file at a time; several are refused with a word in
 * the status bar, as an impossible drop in the tree is.
 *
 * <p>On the scene, as handlers rather than filters: the tree and the grid consume the drags of their own items first
 * and let drags of files pass.
 */
final class FileDrop {
    static final String ONE_AT_A_TIME = "Drop one file at a time: a meeting file to open, or a document to import.";

    private final Consumer<Path> open;
    private final Consumer<Path> importDocument;
    private final Consumer<String> message;

    private FileDrop(Consumer<Path> open, Consumer<Path> importDocument, Consumer<String> message) {
        this.open = open;
        this.importDocument = importDocument;
        this.message = message;
    }

    static void install(Scene scene, Consumer<Path> open, Consumer<Path> importDocument, Consumer<String> message) {
        FileDrop drop = new FileDrop(open, importDocument, message);
        scene.addEventHandler(DragEvent.DRAG_OVER, drop::over);
        scene.addEventHandler(DragEvent.DRAG_DROPPED, drop::dropped);
    }

    private void over(DragEvent event) {
        if (!event.getDragboard().hasFiles()) {
            return;
        }
        if (event.getDragboard().getFiles().size() == 1) {
            event.acceptTransferModes(TransferMode.COPY);
        } else {
            message.accept(ONE_AT_A_TIME);
        }
        event.consume();
    }

    private void dropped(DragEvent event) {
        List<File> files = event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.of();
        if (files.size() != 1) {
            return;
        }
        Path file = files.get(0).toPath();
        event.setDropCompleted(true);
        event.consume();
        // after the drop has finished: opening may ask about unsaved changes, and a dialog inside the drag's own
        // handler would hold the desktop's drag open
        Platform.runLater(() -> (MeetingFiles.isMeetingFileName(file) ? open : importDocument).accept(file));
    }
}
