package org.agendum.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.agendum.session.Prompts;

/** Prompts that answer as scripted and record every question and error. */
public final class ScriptedPrompts implements Prompts {
    public final Deque<SaveChoice> saveAnswers = new ArrayDeque<>();
    public final Deque<RecoveryChoice> recoveryAnswers = new ArrayDeque<>();
    public final Deque<ChangedFileChoice> changedFileAnswers = new ArrayDeque<>();
    public final Deque<FileInUseChoice> inUseAnswers = new ArrayDeque<>();
    public final Deque<ExportErrorsChoice> exportErrorsAnswers = new ArrayDeque<>();
    public final List<String> questions = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();

    public ScriptedPrompts answer(SaveChoice choice) {
        saveAnswers.add(choice);
        return this;
    }

    public ScriptedPrompts answer(RecoveryChoice choice) {
        recoveryAnswers.add(choice);
        return this;
    }

    public ScriptedPrompts answer(ChangedFileChoice choice) {
        changedFileAnswers.add(choice);
        return this;
    }

    public ScriptedPrompts answer(FileInUseChoice choice) {
        inUseAnswers.add(choice);
        return this;
    }

    @Override
    public SaveChoice askToSave(String documentName) {
        questions.add("save " + documentName);
        if (saveAnswers.isEmpty()) {
            throw new AssertionError("Asked to save " + documentName + " unexpectedly");
        }
        return saveAnswers.poll();
    }

    @Override
    public RecoveryChoice askToRestore(String description) {
        questions.add("restore " + description);
        if (recoveryAnswers.isEmpty()) {
            throw new AssertionError("Asked to restore " + description + " unexpectedly");
        }
        return recoveryAnswers.poll();
    }

    @Override
    public ChangedFileChoice askToOverwriteChangedFile(String fileName, String changedAt) {
        questions.add("changed " + fileName + " at " + changedAt);
        if (changedFileAnswers.isEmpty()) {
            throw new AssertionError("Asked about " + fileName + " changed on disk unexpectedly");
        }
        return changedFileAnswers.poll();
    }

    @Override
    public FileInUseChoice askWhenFileInUse(String fileName, String holder) {
        questions.add("in use " + fileName + " by " + holder);
        if (inUseAnswers.isEmpty()) {
            throw new AssertionError("Asked about " + fileName + " in use unexpectedly");
        }
        return inUseAnswers.poll();
    }

    public ScriptedPrompts answer(ExportErrorsChoice choice) {
        exportErrorsAnswers.add(choice);
        return this;
    }

    @Override
    public ExportErrorsChoice askToExportWithErrors(int errorCount, List<String> firstErrors) {
        questions.add("export with " + errorCount + " errors: " + String.join(" | ", firstErrors));
        if (exportErrorsAnswers.isEmpty()) {
            throw new AssertionError("Asked to export with " + errorCount + " errors unexpectedly");
        }
        return exportErrorsAnswers.poll();
    }

    @Override
    public void showError(Failure failure, String message) {
        errors.add(failure + ": " + message);
    }
}
