package org.agendum.ui.importing;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.agendum.importing.Importer;
import org.agendum.importing.recognize.ImportResult;
import org.agendum.importing.source.ImportException;
import org.agendum.session.FileCommands;
import org.agendum.session.FileDialogs;
import org.agendum.session.Prompts;

/**
 * File ▸ Import… and File ▸ Import Pasted Text…: the document read in the background (as a meeting file is opened),
 * its meeting opened as a new meeting without a file, and its report handed to the window to show. A document that
 * cannot be imported is explained in a dialog and changes nothing.
 */
public final class DocumentImport {
    private final FileCommands files;
    private final FileDialogs dialogs;
    private final Supplier<Optional<String>> pastedText;
    private final Consumer<ImportResult> imported;

    /**
     * @param pastedText asks for the text to import (the paste dialog); empty when the officer cancels
     * @param imported   told on the window's thread once the meeting is in the window: shows the report
     */
    public DocumentImport(FileCommands files, FileDialogs dialogs, Supplier<Optional<String>> pastedText,
            Consumer<ImportResult> imported) {
        this.files = files;
        this.dialogs = dialogs;
        this.pastedText = pastedText;
        this.imported = imported;
    }

    /** Asks which document, then imports it. */
    public void importDocument() {
        dialogs.chooseImport(files.folder()).ifPresent(this::importDocument);
    }

    public void importDocument(Path file) {
        String name = String.valueOf(file.getFileName());
        files.openUnsaved("Importing", name, () -> Importer.importFile(file), ImportResult::meeting, imported,
                ImportException.class, Prompts.Failure.IMPORT);
    }

    /** Asks for the text (as a PDF viewer or a web page copies it), then imports it. */
    public void importPastedText() {
        pastedText.get().ifPresent(text -> files.openUnsaved("Importing", "the pasted text",
                () -> Importer.importText(text), ImportResult::meeting, imported, ImportException.class,
                Prompts.Failure.IMPORT));
    }
}
