package org.agendum.ui.files;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.agendum.session.Prompts;
import org.agendum.session.WindowTitle;
import org.agendum.ui.common.Theme;

/**
 * The prompts as modal dialogs. Ids for tests: {@code saveChangesDialog} with buttons {@code saveButton},
 * {@code dontSaveButton}, {@code cancelButton}; {@code recoveryDialog} with {@code restoreButton},
 * {@code discardButton} and {@code laterButton}; {@code changedFileDialog} with {@code overwriteButton},
 * {@code saveAsButton} and {@code cancelButton}; {@code fileInUseDialog} with {@code readOnlyButton},
 * {@code takeOverButton} and {@code cancelButton}; {@code exportErrorsDialog} with {@code showProblemsButton},
 * {@code exportAnywayButton} and {@code cancelButton}; the error dialogs as in {@link Prompts.Failure}, with an OK button.
 */
public final class DialogPrompts implements Prompts {
    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    public static final ButtonType DONT_SAVE = new ButtonType("Don\u2019t Save", ButtonBar.ButtonData.NO);
    public static final ButtonType CANCEL = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
    public static final ButtonType RESTORE = new ButtonType("Restore", ButtonBar.ButtonData.YES);
    /** Not a "no" button: closing the dialog must never delete anything. */
    public static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.OTHER);
    public static final ButtonType LATER = new ButtonType("Decide Later", ButtonBar.ButtonData.CANCEL_CLOSE);
    /** Overwrite and Take Over are not the default buttons: Enter must not replace someone else's work. */
    public static final ButtonType OVERWRITE = new ButtonType("Overwrite", ButtonBar.ButtonData.OTHER);
    public static final ButtonType SAVE_AS = new ButtonType("Save As\u2026", ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType READ_ONLY = new ButtonType("Open Read-Only", ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType TAKE_OVER = new ButtonType("Take Over", ButtonBar.ButtonData.OTHER);

    public static final ButtonType SHOW_PROBLEMS = new ButtonType("Show Problems", ButtonBar.ButtonData.OK_DONE);
    /** Not the default button: Enter must not export a document with errors. */
    public static final ButtonType EXPORT_ANYWAY = new ButtonType("Export Anyway", ButtonBar.ButtonData.OTHER);

    private final Window owner;

    /** @param owner the window the dialogs belong to (null: none) */
    public DialogPrompts(Window owner) {
        this.owner = owner;
    }

    @Override
    public SaveChoice askToSave(String documentName) {
        Alert alert = alert(owner, Alert.AlertType.CONFIRMATION, "saveChangesDialog",
                "Do you want to save the changes to " + documentName + "?",
                "If you don\u2019t save, your changes will be lost.");
        return ask(alert, SaveChoice.CANCEL, new Choice<>(SAVE, "saveButton", SaveChoice.SAVE),
                new Choice<>(DONT_SAVE, "dontSaveButton", SaveChoice.DONT_SAVE),
                new Choice<>(CANCEL, "cancelButton", SaveChoice.CANCEL));
    }

    @Override
    public RecoveryChoice askToRestore(String description) {
        Alert alert = alert(owner, Alert.AlertType.CONFIRMATION, "recoveryDialog",
                "Restore the work that was not saved?",
                "Agendum closed unexpectedly while " + description + " had unsaved changes. They were autosaved.\n\n"
                        + "Restore opens them as unsaved changes, to review and save. Discard deletes them.");
        // closing the dialog keeps the file for the next start: only Discard deletes
        return ask(alert, RecoveryChoice.KEEP, new Choice<>(RESTORE, "restoreButton", RecoveryChoice.RESTORE),
                new Choice<>(DISCARD, "discardButton", RecoveryChoice.DISCARD),
                new Choice<>(LATER, "laterButton", RecoveryChoice.KEEP));
    }

    @Override
    public ChangedFileChoice askToOverwriteChangedFile(String fileName, String changedAt) {
        Alert alert = alert(owner, Alert.AlertType.WARNING, "changedFileDialog",
                fileName + " was changed by another program at " + changedAt + ".",
                "Overwrite replaces those changes with yours (the version on disk is kept as " + fileName
                        + ".bak). Save As keeps both, under another name.");
        return ask(alert, ChangedFileChoice.CANCEL,
                new Choice<>(OVERWRITE, "overwriteButton", ChangedFileChoice.OVERWRITE),
                new Choice<>(SAVE_AS, "saveAsButton", ChangedFileChoice.SAVE_AS),
                new Choice<>(CANCEL, "cancelButton", ChangedFileChoice.CANCEL));
    }

    @Override
    public FileInUseChoice askWhenFileInUse(String fileName, String holder) {
        Alert alert = alert(owner, Alert.AlertType.WARNING, "fileInUseDialog",
                fileName + " is open in Agendum by " + holder + ".",
                "Open it read-only to read it and save your changes under another name. Take it over only if "
                        + "nobody works in that Agendum any more (it was left open on another computer, say).");
        return ask(alert, FileInUseChoice.CANCEL,
                new Choice<>(READ_ONLY, "readOnlyButton", FileInUseChoice.READ_ONLY),
                new Choice<>(TAKE_OVER, "takeOverButton", FileInUseChoice.TAKE_OVER),
                new Choice<>(CANCEL, "cancelButton", FileInUseChoice.CANCEL));
    }

    @Override
    public ExportErrorsChoice askToExportWithErrors(int errorCount, List<String> firstErrors) {
        Alert alert = alert(owner, Alert.AlertType.WARNING, "exportErrorsDialog",
                ExportQuestion.header(errorCount), ExportQuestion.content(errorCount, firstErrors));
        return ask(alert, ExportErrorsChoice.CANCEL,
                new Choice<>(SHOW_PROBLEMS, "showProblemsButton", ExportErrorsChoice.SHOW_PROBLEMS),
                new Choice<>(EXPORT_ANYWAY, "exportAnywayButton", ExportErrorsChoice.EXPORT_ANYWAY),
                new Choice<>(CANCEL, "cancelButton", ExportErrorsChoice.CANCEL));
    }

    @Override
    public void showError(Failure failure, String message) {
        alert(owner, Alert.AlertType.ERROR, failure.dialogId(), failure.header(), message).showAndWait();
    }

    /** One button of a question: the button, its id for tests, and the answer it gives. */
    private record Choice<T>(ButtonType button, String id, T answer) {
    }

    /** Shows the question with these buttons, in this order; closing it without a button gives {@code closed}. */
    @SafeVarargs
    private static <T> T ask(Alert alert, T closed, Choice<T>... choices) {
        alert.getButtonTypes().setAll(java.util.Arrays.stream(choices).map(Choice::button).toList());
        for (Choice<T> choice : choices) {
            alert.getDialogPane().lookupButton(choice.button()).setId(choice.id());
        }
        return alert.showAndWait().flatMap(pressed -> java.util.Arrays.stream(choices)
                .filter(choice -> choice.button() == pressed).map(Choice::answer).findFirst()).orElse(closed);
    }

    private static Alert alert(Window owner, Alert.AlertType type, String id, String header, String content) {
        Alert alert = new Alert(type);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(WindowTitle.APP_NAME);
        alert.setHeaderText(header);
        alert.setContentText(content);
        alert.getDialogPane().setId(id);
        alert.getDialogPane().getStylesheets().add(Theme.stylesheet());
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setPrefWidth(520);
        return alert;
    }
}
