package org.agendum.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Choosing a meeting file to open or a place to save one. The window asks through this interface so that tests
 * answer with a path instead of a native dialog; the real one is {@link NativeFileDialogs}.
 */
public interface FileDialogs {
    /** The file to open, or empty when the officer cancels. */
    Optional<Path> chooseOpen(Window owner, Optional<Path> folder);

    /** Where to save, or empty when the officer cancels. The window adds ".agendum" when the name lacks it. */
    Optional<Path> chooseSave(Window owner, Optional<Path> folder, String suggestedName);

    /** Where to write the Word document, or empty when the officer cancels. The window adds ".docx" when lacking. */
    Optional<Path> chooseExport(Window owner, Optional<Path> folder, String suggestedName);
}
