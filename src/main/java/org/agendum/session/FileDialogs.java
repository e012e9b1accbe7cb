package org.agendum.session;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Choosing a meeting file to open, a place to save one or to export it, or the masthead's emblem picture. The window asks through this interface so that tests
 * answer with a path instead of a native dialog; the real one is the UI's {@code NativeFileDialogs}, over the window.
 */
public interface FileDialogs {
    /** The file to open, or empty when the officer cancels. */
    Optional<Path> chooseOpen(Optional<Path> folder);

    /** Where to save, or empty when the officer cancels. The window adds ".agendum" when the name lacks it. */
    Optional<Path> chooseSave(Optional<Path> folder, String suggestedName);

    /** Where to write the Word document, or empty when the officer cancels. The window adds ".docx" when lacking. */
    Optional<Path> chooseExport(Optional<Path> folder, String suggestedName);

    /**
     * The document to import (Word, PDF or text), or empty when the officer cancels. Tests that answer
     * {@link #chooseOpen} answer this too.
     */
    default Optional<Path> chooseImport(Optional<Path> folder) {
        return chooseOpen(folder);
    }

    /**
     * Where to write the programme (File ▸ Export Programme…) in the format described ("Calendar (iCalendar)") with
     * its extension ("ics"), or empty when the officer cancels. The window adds the extension when lacking.
     */
    Optional<Path> chooseProgramme(Optional<Path> folder, String suggestedName, String description, String extension);

    /** The emblem picture for the masthead (PNG, JPEG or GIF), or empty when the officer cancels. */
    Optional<Path> chooseEmblem(Optional<Path> folder);
}
