package org.agendum.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.agendum.model.IssuedVersion;
import org.agendum.model.Meeting;
import org.agendum.typography.Printable;
import org.agendum.typography.UnDates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code agendum history FILE}: the versions of the document issued so far, oldest first, one per line. */
@Command(name = "history",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        description = {
            "Lists the issued versions a meeting file records (File > Issue... in the window), oldest first.",
            "One line each: the symbol, the date of issue and the kind (original, revision, corrigendum), "
                + "separated by tabs."
        })
final class HistoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The meeting file.")
    Path file;

    private final MeetingLoader loader;

    HistoryCommand(MeetingLoader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Meeting meeting;
        try {
            meeting = ComparedFiles.load(loader, file, err);
        } catch (Refused e) {
            return e.exitCode;
        }
        if (meeting.issued().isEmpty()) {
            out.println(Printable.of(file + ": no issued versions yet (File > Issue... in the window records the "
                    + "meeting as issued)."));
        }
        for (IssuedVersion version : meeting.issued()) {
            out.println(line(version));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** "CTOC/COP/WG.4/2018/1	9 April 2018	original", printable: the symbol is the file's text. */
    static String line(IssuedVersion version) {
        return Printable.of(version.symbol()) + "\t" + UnDates.date(version.date()) + "\t" + version.kind().word();
    }
}
