package org.agendum.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.agendum.changes.Change;
import org.agendum.changes.MeetingChanges;
import org.agendum.model.IssuedVersion;
import org.agendum.model.Meeting;
import org.agendum.typography.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code agendum changes FILE [--against N|SYMBOL | --against-file OLD]}: the window's View ▸ Changes on the command
 * line, the same comparison ({@link MeetingChanges}) and the same words ({@link Change#description()}).
 */
@Command(name = "changes",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        description = {
            "Prints what changed in the meeting since it was issued, one line per change, in the words of the "
                    + "window's Changes view (\"Item 4 moved to 2: ...\", \"Item 2 renamed: ... -> ...\").",
            "Compared with the last version the file records as issued, another one (--against), or another "
                    + "meeting file (--against-file). A file with no issued version has nothing to compare with: "
                    + "one sentence on standard error, exit code 1."
        })
final class ChangesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The meeting file as it is now.")
    Path file;

    @Option(names = "--against", paramLabel = "N|SYMBOL",
            description = "The issued version to compare with: its number as agendum history lists them (1 the "
                    + "first) or its symbol (default: the last issued).")
    String against;

    @Option(names = "--against-file", paramLabel = "OLD.agendum",
            description = "Compare with this meeting file instead of an issued version.")
    Path againstFile;

    private final MeetingLoader loader;

    ChangesCommand(MeetingLoader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        if (against != null && againstFile != null) {
            throw new ParameterException(spec.commandLine(),
                    "--against and --against-file cannot be given together: compare with one thing");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Meeting now = ComparedFiles.load(loader, file, err);
            Meeting old;
            String since;
            if (againstFile != null) {
                old = ComparedFiles.load(loader, againstFile, err);
                since = againstFile.toString();
            } else {
                IssuedVersion version = IssuedChoice.of(now, against, file, err);
                old = version.meeting();
                since = IssuedChoice.named(version);
            }
            List<Change> changes = MeetingChanges.between(old, now);
            if (changes.isEmpty()) {
                out.println(Printable.of(file + ": no changes since " + since + "."));
            }
            for (Change change : changes) {
                out.println(Printable.of(change.description()));
            }
            out.flush();
            return ExitCodes.OK;
        } catch (Refused e) {
            return e.exitCode;
        }
    }
}
