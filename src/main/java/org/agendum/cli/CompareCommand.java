package org.agendum.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.agendum.docx.ExportOptions;
import org.agendum.docx.ExportProgress;
import org.agendum.edit.IssueVersion;
import org.agendum.model.IssueKind;
import org.agendum.model.IssueProposal;
import org.agendum.model.IssuedVersion;
import org.agendum.model.Meeting;
import org.agendum.model.Reissue;
import org.agendum.trackedchanges.Revision;
import org.agendum.trackedchanges.RevisionDocument;
import org.agendum.trackedchanges.TrackedChanges;
import org.agendum.typography.Printable;
import org.agendum.typography.UnDates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code agendum compare OLD NEW -o CHANGES.docx}: the new version's document with Word's tracked changes; and
 * {@code agendum compare FILE -o REV.docx}: File ▸ Export Revision… on the command line, the next "…/Rev.N" (as the
 * Issue dialog proposes it, {@link IssueProposal}) tracked against an issued version of FILE or clean
 * ({@link RevisionDocument}), recorded in FILE as issued.
 */
@Command(name = "compare",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        customSynopsis = {
            "agendum compare FILE -o REV.docx [--against=N|SYMBOL | --clean | --reissue]",
            "                       [--no-record] [--revision-symbol=SYMBOL]",
            "                       [--date=YYYY-MM-DD] [--author=NAME] [--emblem=IMAGE]",
            "                       [--force] [-hV]",
            "       agendum compare OLD NEW -o CHANGES.docx [--revision-symbol=SYMBOL",
            "                       [--date=YYYY-MM-DD]] [--author=NAME] [--emblem=IMAGE]",
            "                       [--force] [-hV]"
        },
        description = {
            "Writes a document with Word's tracked changes: FILE's next revision against a version it records as "
                    + "issued, or NEW against OLD.",
            "With one FILE: writes its next revision (.../Rev.N after the original's symbol, as File > Export "
                    + "Revision... proposes) with Word's tracked changes against the last version FILE records as "
                    + "issued (or --against), or clean (--clean), and records it in FILE as issued (unless "
                    + "--no-record). With --reissue: the document last circulated reissued for technical reasons "
                    + "under its own symbol and date, the symbol with its asterisk and page 1 with the note "
                    + "\"* Reissued for technical reasons on ...\" (--date or today), recorded as a reissue. "
                    + "Refused, with nothing written or changed, when FILE has no issued version or "
                    + "is open in Agendum (exit code 5).",
            "With OLD and NEW: writes the Word document of NEW with Word's tracked changes against OLD: removed "
                    + "words struck through, added words underlined, removed and added paragraphs and table rows. "
                    + "Accept All in Word gives NEW's export, Reject All OLD's. Nothing is recorded.",
            "Prints where it wrote the document. The file is replaced only once the new one is complete.",
            "A meeting with errors is not compared: its errors are listed on standard error and the exit code is 1, "
                    + "unless --force is given."
        })
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..2", paramLabel = "FILE",
            description = "FILE, the meeting compared with its own issued version; or OLD NEW, the meeting file as it "
                    + "was (say, as issued) and as it is now.")
    List<Path> files;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "CHANGES.docx",
            description = "Where to write the Word document (an existing file is replaced; never a meeting file "
                    + "or any *.agendum name, nor a device).")
    Path output;

    @Option(names = "--author", paramLabel = "NAME", defaultValue = Revision.AUTHOR,
            description = "The author Word shows on each change (default: ${DEFAULT-VALUE}).")
    String author;

    @Option(names = "--emblem", paramLabel = "IMAGE",
            description = "A PNG, JPEG or GIF picture of the UN emblem for the masthead.")
    Path emblem;

    @Option(names = "--revision-symbol", paramLabel = "SYMBOL",
            description = "The revision's symbol for the masthead (say, CTOC/COP/WG.4/2018/1/Rev.1): with one FILE in "
                    + "place of the one proposed; with OLD NEW in place of the symbol NEW has, OLD put under it too, "
                    + "so the masthead is not marked as changed.")
    String revisionSymbol;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = IssueDateConverter.class,
            description = "The revision's date of issue (default: today with one FILE; NEW's with OLD NEW, where it "
                    + "goes with --revision-symbol).")
    LocalDate date;

    @Option(names = "--against", paramLabel = "N|SYMBOL",
            description = "One FILE: the issued version the changes are tracked against, its number as agendum "
                    + "history lists them (1 the first) or its symbol (default: the last issued).")
    String against;

    @Option(names = "--clean",
            description = "One FILE: the clean revision, the revised text for circulation with no marks.")
    boolean clean;

    @Option(names = "--reissue",
            description = "One FILE: reissue the document last circulated (the original or the last revision) for "
                    + "technical reasons, clean, under its own symbol and first date; --date is the reissue's day.")
    boolean reissue;

    @Option(names = "--no-record",
            description = "One FILE: do not record the revision in FILE as issued (the file is not changed).")
    boolean noRecord;

    @Option(names = "--force",
            description = "Write the document even when a meeting has errors; they are still listed on standard "
                    + "error.")
    boolean force;

    private final MeetingLoader loader;

    CompareCommand(MeetingLoader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (files.size() == 1) {
                return revision(files.get(0), out, err);
            }
            if (against != null || clean || reissue) {
                throw new ParameterException(spec.commandLine(), (clean ? "--clean" : reissue ? "--reissue"
                        : "--against")
                        + " goes with one FILE, whose issued versions it chooses from, not with OLD NEW");
            }
            if (date != null && revisionSymbol == null) {
                throw new ParameterException(spec.commandLine(),
                        "--date with OLD NEW is the date of the revision: give its --revision-symbol too");
            }
            return twoFiles(files.get(0), files.get(1), out);
        } catch (Refused e) {
            return e.exitCode;
        }
    }

    private int twoFiles(Path oldFile, Path newFile, PrintWriter out) throws Refused {
        PrintWriter err = spec.commandLine().getErr();
        ComparedFiles compared = ComparedFiles.read(loader, oldFile, newFile, output, force, err);
        Meeting old = compared.old();
        Meeting now = compared.now();
        Revision revision = new Revision(author, Instant.now());
        ComparedFiles.writeDocument(() -> {
            if (revisionSymbol == null) {
                TrackedChanges.export(old, now, output, new ExportOptions(emblem), revision);
            } else {
                // the symbol only, unless --date: the date of issue stays NEW's
                new RevisionDocument(revisionSymbol.strip(), date == null ? now.details().masthead().issueDate()
                        : date, Optional.of(old), revision).write(now, output, new ExportOptions(emblem),
                        ExportProgress.NONE);
            }
        }, err);
        out.println(Printable.of("Wrote the changes from " + oldFile + " to " + newFile + " in "
                + output.toAbsolutePath().normalize()));
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * File ▸ Export Revision…: the Issue dialog's proposal (or --revision-symbol, --date), the Revision dialog's choice
     * (the last issued version, or --against; --clean), the document, then the revision recorded as issued.
     */
    private int revision(Path file, PrintWriter out, PrintWriter err) throws Refused {
        if (clean && against != null) {
            throw new ParameterException(spec.commandLine(),
                    "--clean and --against cannot be given together: the clean revision compares with nothing");
        }
        if (reissue && (clean || against != null || revisionSymbol != null)) {
            throw new ParameterException(spec.commandLine(), "--reissue keeps the document's own symbol and marks no "
                    + "changes: it goes without --clean, --against and --revision-symbol");
        }
        UpdatedFile updated = ComparedFiles.readOne(loader, file, output, !noRecord, force, err);
        Meeting now = updated.meeting();
        if (reissue) {
            return reissue(file, updated, out, err);
        }
        IssuedVersion base = IssuedChoice.of(now, against, file, err);
        IssueProposal proposal = IssueProposal.of(now);
        IssueVersion issue = new IssueVersion(revisionSymbol == null ? proposal.symbol() : revisionSymbol,
                date == null ? LocalDate.now() : date, proposal.kind());
        Meeting issued = IssueCommand.record(issue, now, err);
        RevisionDocument document = new RevisionDocument(issue.symbol().strip(), issue.date(),
                clean ? Optional.empty() : Optional.of(base.meeting()), new Revision(author, Instant.now()));
        ComparedFiles.writeDocument(() -> document.write(now, output, new ExportOptions(emblem), ExportProgress.NONE),
                err);
        out.println(Printable.of("Wrote " + document.symbol() + (clean ? ", clean," : " with the changes since "
                + IssuedChoice.named(base) + ", tracked,") + " in " + output.toAbsolutePath().normalize()));
        out.flush();
        return updated.recordIssued(issued, out, err);
    }

    /** File ▸ Export Revision…'s reissue for technical reasons: the same symbol, its asterisk and note, recorded. */
    private int reissue(Path file, UpdatedFile updated, PrintWriter out, PrintWriter err) throws Refused {
        Meeting now = updated.meeting();
        // a file with no issued version is refused here, as the revision is, naming the file
        IssuedChoice.of(now, null, file, err);
        Reissue document = Reissue.of(now).orElseThrow();
        LocalDate day = date == null ? LocalDate.now() : date;
        Meeting issued = IssueCommand.record(new IssueVersion(document.symbol(), day, IssueKind.REISSUE), now, err);
        RevisionDocument reissued = RevisionDocument.reissue(document, day, new Revision(author, Instant.now()));
        ComparedFiles.writeDocument(() -> reissued.write(now, output, new ExportOptions(emblem), ExportProgress.NONE),
                err);
        out.println(Printable.of("Wrote " + document.symbol() + "* reissued for technical reasons on "
                + UnDates.date(day) + " in " + output.toAbsolutePath().normalize()));
        out.flush();
        return updated.recordIssued(issued, out, err);
    }
}
