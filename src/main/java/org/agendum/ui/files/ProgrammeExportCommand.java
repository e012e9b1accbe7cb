package org.agendum.ui.files;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import org.agendum.edit.CommandStack;
import org.agendum.file.ExportTargets;
import org.agendum.file.MeetingFiles;
import org.agendum.model.Meeting;
import org.agendum.programme.ProgrammeException;
import org.agendum.programme.ProgrammeExport;
import org.agendum.programme.ProgrammeFormat;
import org.agendum.programme.ProgrammeOptions;
import org.agendum.session.FileDialogs;
import org.agendum.session.Prompts;

/**
 * File ▸ Export Programme…: a meeting without an organization of work is told so; otherwise the officer chooses the
 * format and the calendar's zone ({@link ProgrammeExportDialog}), then where, and the programme is written from the
 * meeting as it is now on a background thread ({@link FxBackground}), as the Word export is. A failure says why in a
 * dialog; nothing partial is left (the file is written atomically).
 */
public final class ProgrammeExportCommand {
    private final CommandStack stack;
    private final FileDialogs dialogs;
    private final Prompts prompts;
    private final Supplier<Optional<Path>> folder;
    private final Supplier<String> meetingFileName;
    private final Supplier<Optional<Path>> meetingFile;
    private final Consumer<String> showMessage;
    private final Consumer<Path> exported;
    private final Function<Meeting, Optional<ProgrammeExportDialog.Choice>> ask;
    private final FxBackground background = new FxBackground("programme-export");

    /**
     * @param ask shows {@link ProgrammeExportDialog} for the meeting (its duty station's zone first)
     */
    public ProgrammeExportCommand(CommandStack stack, FileDialogs dialogs, Prompts prompts,
            Supplier<Optional<Path>> folder, Supplier<String> meetingFileName, Supplier<Optional<Path>> meetingFile,
            Consumer<String> showMessage, Consumer<Path> exported,
            Function<Meeting, Optional<ProgrammeExportDialog.Choice>> ask) {
        this.stack = stack;
        this.dialogs = dialogs;
        this.prompts = prompts;
        this.folder = folder;
        this.meetingFileName = meetingFileName;
        this.meetingFile = meetingFile;
        this.showMessage = showMessage;
        this.exported = exported;
        this.ask = ask;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return background.busyProperty();
    }

    public void export() {
        if (background.isBusy()) {
            return;
        }
        Meeting meeting = stack.meeting();
        try {
            ProgrammeExport.requireMeetings(meeting);
        } catch (ProgrammeException e) {
            refuse(e.getMessage());
            return;
        }
        Optional<ProgrammeExportDialog.Choice> choice = ask.apply(meeting);
        if (choice.isEmpty()) {
            return;
        }
        ProgrammeFormat format = choice.get().format();
        Optional<Path> chosen = dialogs.chooseProgramme(folder.get(), suggestedName(meetingFileName.get(), format),
                format.description(), format.extension());
        if (chosen.isEmpty()) {
            return;
        }
        Path target = format.withExtension(chosen.get());
        Path own = meetingFile.get().orElse(null);
        Optional<String> refusal = ExportTargets.meetingFileRefusal(chosen.get(), own)
                .or(() -> ExportTargets.meetingFileRefusal(target, own))
                .or(() -> ExportTargets.notOrdinaryFile(target));
        if (refusal.isPresent()) {
            refuse(refusal.get());
            return;
        }
        ProgrammeOptions options = choice.get().timeZone().map(ProgrammeOptions.DEFAULT::withTimeZone)
                .orElse(ProgrammeOptions.DEFAULT);
        showMessage.accept("Exporting the programme\u2026");
        background.run("Exporting the programme\u2026", () -> {
            ProgrammeExport.export(meeting, target, format, options);
            return target;
        }, exported, failure -> {
            showMessage.accept("Export failed");
            prompts.showError(Prompts.Failure.EXPORT_PROGRAMME, WordExportCommand.reason(failure)
                    + "\n\nNothing was written.");
        });
    }

    private void refuse(String why) {
        showMessage.accept("Not exported: " + why);
        prompts.showError(Prompts.Failure.EXPORT_PROGRAMME, why + "\n\nNothing was written.");
    }

    public void dispose() {
        background.dispose();
    }

    /** "CTOC_COP_WG.4_2018_1.agendum" → "CTOC_COP_WG.4_2018_1-programme.ics". */
    public static String suggestedName(String meetingFileName, ProgrammeFormat format) {
        String base = meetingFileName.toLowerCase(Locale.ROOT).endsWith(MeetingFiles.EXTENSION)
                ? meetingFileName.substring(0, meetingFileName.length() - MeetingFiles.EXTENSION.length())
                : meetingFileName;
        return base + "-programme." + format.extension();
    }
}
