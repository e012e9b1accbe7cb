package org.agendum.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.agendum.edit.EditRejectedException;
import org.agendum.edit.IssueVersion;
import org.agendum.model.IssueProposal;
import org.agendum.model.IssuedVersion;
import org.agendum.model.Meeting;
import org.agendum.typography.Printable;
import org.agendum.typography.UnDates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code agendum issue FILE [--symbol S] [--date YYYY-MM-DD]}: File ▸ Issue… on the command line. The meeting as the
 * file holds it is recorded in the file as issued, under the symbol and kind the window's Issue dialog proposes
 * ({@link IssueProposal}: the original under the details' symbol, then the next "/Rev.N"), through the same edit
 * ({@link IssueVersion}).
 */
@Command(name = "issue",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        description = {
            "Records the meeting, as the file holds it now, as the version circulated: the file keeps it in its "
                    + "history (agendum history lists it; agendum changes, compare and corrigendum compare with it).",
            "The first issue is the original, under the document symbol of the meeting's details; each later one is "
                    + "the next revision (.../Rev.N), as File > Issue... proposes in the window.",
            "The file is saved atomically (the previous version kept as FILE.bak). Nothing is changed when the file "
                    + "is open in Agendum (exit code 5), cannot be read (3), or the date or symbol is wrong (2)."
        })
final class IssueCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The meeting file.")
    Path file;

    @Option(names = "--symbol", paramLabel = "SYMBOL",
            description = "The symbol it is issued under, in place of the one proposed.")
    String symbol;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = IssueDateConverter.class,
            description = "The date of issue (default: today).")
    LocalDate date;

    private final MeetingLoader loader;

    IssueCommand(MeetingLoader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            UpdatedFile updated = UpdatedFile.open(loader, file, err);
            IssueProposal proposal = IssueProposal.of(updated.meeting());
            if (symbol == null && proposal.symbol().isBlank()) {
                throw Refused.saying(err, file + " has no document symbol to issue it under: give one with --symbol, "
                        + "or fill in the meeting's symbol; nothing was changed.", ExitCodes.USAGE);
            }
            IssueVersion issue = new IssueVersion(symbol == null ? proposal.symbol() : symbol,
                    date == null ? LocalDate.now() : date, proposal.kind());
            Meeting issued = record(issue, updated.meeting(), err);
            return updated.recordIssued(issued, out, err);
        } catch (Refused e) {
            return e.exitCode;
        }
    }

    /** {@code meeting} with {@code issue} recorded, as the window's stack runs the edit; a refused edit is said. */
    static Meeting record(IssueVersion issue, Meeting meeting, PrintWriter err) throws Refused {
        try {
            return issue.apply(meeting);
        } catch (EditRejectedException e) {
            throw Refused.saying(err, e.getMessage() + " Nothing was changed.", ExitCodes.USAGE);
        }
    }

    /** "Recorded in wg4.agendum: CTOC/COP/WG.4/2018/1, issued 9 April 2018 (original)." */
    static String recorded(Path file, Meeting meeting) {
        IssuedVersion last = meeting.issued().get(meeting.issued().size() - 1);
        return Printable.of("Recorded in " + file + ": " + last.symbol() + ", issued " + UnDates.date(last.date())
                + " (" + last.kind().word() + ").");
    }
}
