package org.agendum.ui.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import org.agendum.docx.EmblemImageException;
import org.agendum.docx.EmblemPicture;
import org.agendum.docx.ExportOptions;
import org.agendum.docx.ExportProgress;
import org.agendum.docx.WordExport;
import org.agendum.edit.CommandStack;
import org.agendum.file.ExportTargets;
import org.agendum.file.MeetingFiles;
import org.agendum.model.Meeting;
import org.agendum.session.FileDialogs;
import org.agendum.session.Prompts;
import org.agendum.validation.Problem;

/**
 * File ▸ Export to Word: asks where, then writes the meeting as it is now on a background thread ({@link
 * FxBackground}; the meeting is an immutable snapshot, so the officer may go on editing), with progress in the
 * status bar and a dialog that says why when the document cannot be written, running out of memory included. A
 * meeting with errors asks first ({@link Prompts#askToExportWithErrors}): Show Problems exports nothing and shows
 * them, Export Anyway goes on.
 *
 * <p>The masthead's emblem is the picture the preferences name ({@link EmblemDialog}). When that picture has gone or
 * cannot be used, nothing is exported: a document without the emblem the officer chose would go out looking
 * finished, so the export says why and where to choose another, before asking anything else.
 */
public final class WordExportCommand {
    public static final String EXTENSION = ".docx";

    private final CommandStack stack;
    private final FileDialogs dialogs;
    private final Prompts prompts;
    private final Supplier<Optional<Path>> folder;
    private final Supplier<String> meetingFileName;
    private final Supplier<Optional<Path>> meetingFile;
    private final Consumer<String> showMessage;
    private final Supplier<List<Problem>> problems;
    private final Consumer<Problem> showProblems;
    private final Consumer<Path> exported;
    private final Supplier<Optional<Path>> emblem;
    /** Where the export runs: off the FX thread, so that the officer may go on editing. */
    private final FxBackground background = new FxBackground("word-export");

    /**
     * @param meetingFileName the name the suggested document's name is made from
     * @param meetingFile     the meeting's own file, if it has one: never exported over
     * @param showMessage     progress and refusals, in the status bar
     * @param problems        the meeting's validation problems as the window shows them
     * @param showProblems    shows the problems panel and the place of the given (first) error
     * @param exported        the document was written there (the status bar says so and offers to open it)
     * @param emblem          the emblem picture the preferences name, if any
     */
    public WordExportCommand(CommandStack stack, FileDialogs dialogs, Prompts prompts,
            Supplier<Optional<Path>> folder, Supplier<String> meetingFileName, Supplier<Optional<Path>> meetingFile,
            Consumer<String> showMessage, Supplier<List<Problem>> problems, Consumer<Problem> showProblems,
            Consumer<Path> exported, Supplier<Optional<Path>> emblem) {
        this.emblem = emblem;
        this.problems = problems;
        this.showProblems = showProblems;
        this.exported = exported;
        this.stack = stack;
        this.meetingFile = meetingFile;
        this.dialogs = dialogs;
        this.prompts = prompts;
        this.folder = folder;
        this.meetingFileName = meetingFileName;
        this.showMessage = showMessage;
    }

    /** Loads the Word export's classes while the officer reads the agenda, so the first export is as quick as the next. */
    public void warmUp() {
        background.runUnseen(WordExport::warmUp);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return background.busyProperty();
    }

    /**
     * What an export writes to the chosen file from the meeting as it is when the export starts: the meeting's agenda
     * ({@link WordExport}), or a document made from it (a revision, a corrigendum).
     */
    @FunctionalInterface
    public interface DocumentWriter {
        void write(Meeting meeting, Path target, ExportOptions options, ExportProgress progress) throws IOException;
    }

    public void export() {
        export(meeting -> { });
    }

    /**
     * The export, and {@code afterExport} told the meeting written once the document is (File ▸ Export Circulated
     * Version to Word… records it as issued then, and only then).
     */
    public void export(Consumer<Meeting> afterExport) {
        export(WordExport::export, afterExport);
    }

    /** The export of what {@code writer} writes, with the file chooser proposing the meeting's own name. */
    public void export(DocumentWriter writer, Consumer<Meeting> afterExport) {
        export(suggestedName(meetingFileName.get()), writer, afterExport);
    }

    /**
     * The export with {@code suggestedName} proposed in the file chooser and the document written by {@code writer};
     * the same questions, refusals, background thread and error dialog as the plain export.
     */
    public void export(String suggestedName, DocumentWriter writer, Consumer<Meeting> afterExport) {
        if (background.isBusy()) {
            return;
        }
        Optional<ExportOptions> options = options();
        if (options.isEmpty() || !errorsAccepted()) {
            return;
        }
        Optional<Path> chosen = dialogs.chooseExport(folder.get(), suggestedName);
        if (chosen.isEmpty()) {
            return;
        }
        Optional<String> refusal = refusal(chosen.get());
        if (refusal.isPresent()) {
            showMessage.accept("Not exported: " + refusal.get());
            prompts.showError(Prompts.Failure.EXPORT, refusal.get() + "\n\nNothing was written.");
            return;
        }
        Path target = withExtension(chosen.get());
        Meeting meeting = stack.meeting();
        showMessage.accept("Exporting to Word\u2026");
        background.run("Exporting to Word\u2026", () -> {
            writer.write(meeting, target, options.get(), (fraction, step) -> Platform.runLater(
                    () -> showMessage.accept("Exporting to Word: " + step + " (" + Math.round(fraction * 100)
                            + "%)")));
            return target;
        }, written -> {
            exported.accept(written);
            afterExport.accept(meeting);
        }, failure -> {
            showMessage.accept("Export failed");
            prompts.showError(Prompts.Failure.EXPORT, reason(failure));
        });
    }

    /** Why the export failed, in words: the export's own sentence, or one for running out of memory. */
    static String reason(Throwable failure) {
        if (failure instanceof OutOfMemoryError) {
            return "There is not enough memory to export this meeting; nothing was written. Close other programs and "
                    + "try again.";
        }
        if (failure instanceof EmblemImageException && failure.getMessage() != null) {
            return emblemAdvice(failure.getMessage());
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    /**
     * The export's options with the emblem the preferences name, checked as the export will read it; empty (and said,
     * in the status bar and a dialog) when that picture cannot be used.
     */
    private Optional<ExportOptions> options() {
        Optional<Path> picture = emblem.get();
        if (picture.isEmpty()) {
            return Optional.of(ExportOptions.DEFAULT);
        }
        try {
            EmblemPicture.read(picture.get());
            return Optional.of(ExportOptions.DEFAULT.withEmblemImage(picture.get()));
        } catch (EmblemImageException e) {
            showMessage.accept("Not exported: " + e.getMessage());
            prompts.showError(Prompts.Failure.EXPORT, emblemAdvice(e.getMessage()) + "\n\nNothing was written.");
            return Optional.empty();
        }
    }

    /** "The emblem picture … does not exist. In File ▸ Emblem for the Masthead, choose another picture or remove it." */
    static String emblemAdvice(String reason) {
        return reason + " In " + EmblemDialog.MENU_PATH + ", choose another picture or remove it.";
    }

    /**
     * True when the export may go on: the meeting has no errors (warnings do not count), or the officer chose Export
     * Anyway. Show Problems shows the panel and the first error's place.
     */
    private boolean errorsAccepted() {
        List<Problem> errors = ExportQuestion.errors(problems.get());
        if (errors.isEmpty()) {
            return true;
        }
        return switch (prompts.askToExportWithErrors(errors.size(), ExportQuestion.firstMessages(errors))) {
            case EXPORT_ANYWAY -> true;
            case SHOW_PROBLEMS -> {
                showProblems.accept(errors.get(0));
                yield false;
            }
            case CANCEL -> false;
        };
    }

    /** "Exported to agenda.docx in /home/maria/meetings". */
    public static String exportedMessage(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        return "Exported to " + absolute.getFileName() + (parent == null ? "" : " in " + parent);
    }

    /**
     * Why the document must not go to {@code chosen} (as the dialog gave it, before ".docx" is added): a meeting file's
     * name, the meeting's own file (through a link too), or something that is not an ordinary file.
     */
    private Optional<String> refusal(Path chosen) {
        Path meeting = meetingFile.get().orElse(null);
        return ExportTargets.meetingFileRefusal(chosen, meeting)
                .or(() -> ExportTargets.meetingFileRefusal(withExtension(chosen), meeting))
                .or(() -> ExportTargets.notOrdinaryFile(withExtension(chosen)));
    }

    public void dispose() {
        background.dispose();
    }

    /** "CTOC_COP_WG.4_2018_1.agendum" → "CTOC_COP_WG.4_2018_1.docx". */
    public static String suggestedName(String meetingFileName) {
        String base = meetingFileName.toLowerCase(Locale.ROOT).endsWith(MeetingFiles.EXTENSION)
                ? meetingFileName.substring(0, meetingFileName.length() - MeetingFiles.EXTENSION.length())
                : meetingFileName;
        return base + EXTENSION;
    }

    public static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(EXTENSION) ? file : file.resolveSibling(name + EXTENSION);
    }
}
