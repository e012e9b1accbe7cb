package org.agendum.ui.files;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Opens a written document in the program the desktop has for it, and shows the folder it lies in (the status bar's
 * "Open" and "Show in folder" after an export). The window's is {@link #of} its link opener (the host services'
 * {@code showDocument}); tests pass their own to record the calls.
 */
public interface DocumentOpener {
    void open(Path file);

    void showFolder(Path folder);

    /** Hands the file's or the folder's {@code file:} address to {@code openLink}. */
    static DocumentOpener of(Consumer<String> openLink) {
        Objects.requireNonNull(openLink, "openLink");
        return new DocumentOpener() {
            @Override
            public void open(Path file) {
                openLink.accept(file.toAbsolutePath().toUri().toString());
            }

            @Override
            public void showFolder(Path folder) {
                openLink.accept(folder.toAbsolutePath().toUri().toString());
            }
        };
    }
}
