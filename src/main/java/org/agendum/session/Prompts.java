package org.agendum.session;

/**
 * The questions and error messages the window puts to the officer. The real ones are dialogs over the window
 * (the UI's {@code DialogPrompts}, each with an id so that tests can find and answer it); tests may pass their own
 * answers.
 */
public interface Prompts {
    enum SaveChoice { SAVE, DONT_SAVE, CANCEL }

    /** KEEP: decide at the next start; the recovery file stays. */
    enum RecoveryChoice { RESTORE, DISCARD, KEEP }

    /** What to do when another program has changed the file since Agendum opened or saved it. */
    enum ChangedFileChoice { OVERWRITE, SAVE_AS, CANCEL }

    /** What to do with a file that another Agendum has open. */
    enum FileInUseChoice { READ_ONLY, TAKE_OVER, CANCEL }

    /** What to do when the meeting to export has errors. */
    enum ExportErrorsChoice { SHOW_PROBLEMS, EXPORT_ANYWAY, CANCEL }

    /** What failed, as the dialog's id and header say it. */
    enum Failure {
        OPEN("openErrorDialog", "The file could not be opened"),
        SAVE("saveErrorDialog", "The meeting could not be saved"),
        RECOVERY("recoveryErrorDialog", "The autosaved work could not be restored"),
        EXPORT("exportErrorDialog", "The Word document could not be written"),
        EXPORT_PROGRAMME("programmeErrorDialog", "The programme could not be exported"),
        IMPORT("importErrorDialog", "The document could not be imported");

        private final String dialogId;
        private final String header;

        Failure(String dialogId, String header) {
            this.dialogId = dialogId;
            this.header = header;
        }

        public String dialogId() {
            return dialogId;
        }

        public String header() {
            return header;
        }
    }

    /** "Do you want to save the changes to {name}?" Save / Don't Save / Cancel. */
    SaveChoice askToSave(String documentName);

    /** Agendum closed while {@code description} had unsaved changes: Restore / Discard / Decide Later. */
    RecoveryChoice askToRestore(String description);

    /**
     * "{fileName} was changed by another program at {changedAt}": Overwrite / Save As… / Cancel.
     *
     * @param changedAt when, in words: "10:42 on 2 July 2018"
     */
    ChangedFileChoice askToOverwriteChangedFile(String fileName, String changedAt);

    /**
     * "{fileName} is open in Agendum by {holder}": Open Read-Only / Take Over / Cancel.
     *
     * @param holder who, where and since when: "maria on LAPTOP-7 since 10:42 on 2 July 2018"
     */
    FileInUseChoice askWhenFileInUse(String fileName, String holder);

    /**
     * "The meeting has {errorCount} errors": Show Problems / Export Anyway / Cancel, asked before the Word export
     * asks where to write.
     *
     * @param firstErrors the first one or two errors, in words
     */
    ExportErrorsChoice askToExportWithErrors(int errorCount, java.util.List<String> firstErrors);

    /** Tells why something failed; returns when the officer has read it. */
    void showError(Failure failure, String message);
}
