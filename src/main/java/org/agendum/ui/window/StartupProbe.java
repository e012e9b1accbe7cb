package org.agendum.ui.window;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import javafx.stage.Stage;

/**
 * For the benchmark (docs/benchmark.md): started with {@code -Dagendum.startupProbe=FILE}, the app appends the
 * line {@code first-window EPOCH_NANOS} to FILE at the end of the first pulse after its window is shown, when CSS and
 * layout of the first frame are done and it goes to the renderer. The benchmark subtracts the time it started the
 * process. Without the property nothing is watched.
 */
public final class StartupProbe {
    public static final String PROPERTY = "agendum.startupProbe";

    private StartupProbe() {
    }

    /** Call right after the stage has been shown: its next pulse lays out the first frame. */
    public static void watch(Stage stage) {
        String target = System.getProperty(PROPERTY);
        if (target != null && !target.isBlank()) {
            Path file = Path.of(target);
            FirstFrame.then(stage.getScene(), () -> write(file, Instant.now()));
        }
    }

    private static void write(Path file, Instant now) {
        long nanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
        try {
            Files.writeString(file, "first-window " + nanos + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("agendum: the startup probe could not write " + file + ": " + e.getMessage());
        }
    }
}
