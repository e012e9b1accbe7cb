package org.agendum.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.agendum.corrigendum.CorrectedDocument;
import org.agendum.corrigendum.Instruction;
import org.agendum.docx.CorrigendumExport;
import org.agendum.docx.ExportOptions;
import org.agendum.edit.IssueVersion;
import org.agendum.model.IssueKind;
import org.agendum.model.Meeting;
import org.agendum.typography.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code agendum corrigendum OLD NEW -o CORR.docx}: a corrigendum to OLD, written from what NEW changed; and
 * {@code agendum corrigendum FILE -o CORR.docx}: File ▸ Export Corrigendum… on the command line, the corrigendum to
 * FILE's last issued document ({@link CorrectedDocument#lastIssued}) recorded in FILE as issued.
 */
@Command(name = "corrigendum",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        customSynopsis = {
            "agendum corrigendum FILE -o CORR.docx [--against=N|SYMBOL]",
            "                           [--no-record] [--date=YYYY-MM-DD] [--emblem=IMAGE]",
            "                           [--force] [-hV]",
            "       agendum corrigendum OLD NEW -o CORR.docx [--date=YYYY-MM-DD]",
            "                           [--emblem=IMAGE] [--force] [-hV]"
        },
        description = {
            "Writes a corrigendum in the UN's form: the masthead and title block, \"Corrigendum\", then one "
                    + "instruction per change (\"Item 4, title / For ... read ...\").",
            "With one FILE: the corrigendum to the document FILE last issued (its symbol with /Corr.N, the next "
                    + "number free), from what changed since the last issued version (or --against), recorded in "
                    + "FILE as issued (unless --no-record). Refused, with nothing written or changed, when FILE has "
                    + "no issued version (exit code 1) or is open in Agendum (5).",
            "With OLD and NEW: the corrigendum to OLD (its symbol with /Corr.N, the next number NEW's issued "
                    + "versions leave free), from what NEW changed. Nothing is recorded.",
            "Prints the symbol and where it wrote the document. Nothing is written when there is nothing to "
                    + "correct (exit code 1).",
            "A meeting with errors is not used: its errors are listed on standard error and the exit code is 1, "
                    + "unless --force is given."
        })
final class CorrigendumCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..2", paramLabel = "FILE",
            description = "FILE, the meeting compared with its own issued version; or OLD NEW, the meeting file as "
                    + "issued and as corrected.")
    List<Path> files;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "CORR.docx",
            description = "Where to write the Word document (an existing file is replaced; never a meeting file "
                    + "or any *.agendum name, nor a device).")
    Path output;

    @Option(names = "--emblem", paramLabel = "IMAGE",
            description = "A PNG, JPEG or GIF picture of the UN emblem for the masthead.")
    Path emblem;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = IssueDateConverter.class,
            description = "The corrigendum's date of issue (default: today).")
    LocalDate date;

    @Option(names = "--against", paramLabel = "N|SYMBOL",
            description = "One FILE: the issued version the corrigendum corrects, its number as agendum history "
                    + "lists them (1 the first) or its symbol (default: the last issued).")
    String against;

    @Option(names = "--no-record",
            description = "One FILE: do not record the corrigendum in FILE as issued (the file is not changed).")
    boolean noRecord;

    @Option(names = "--force",
            description = "Write the document even when a meeting has errors; they are still listed on standard "
                    + "error.")
    boolean force;

    private final MeetingLoader loader;

    CorrigendumCommand(MeetingLoader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalDate day = date == null ? LocalDate.now() : date;
        try {
            if (files.size() == 1) {
                return ofIssued(files.get(0), day, out, err);
            }
            if (against != null) {
                throw new ParameterException(spec.commandLine(),
                        "--against goes with one FILE, whose issued versions it chooses from, not with OLD NEW");
            }
            Path oldFile = files.get(0);
            Path newFile = files.get(1);
            ComparedFiles compared = ComparedFiles.read(loader, oldFile, newFile, output, force, err);
            CorrectedDocument corrected = new CorrectedDocument(compared.old().details().masthead().symbol(),
                    compared.old());
            List<Instruction> instructions = instructions(corrected, compared.now(), newFile + " does not differ from "
                    + oldFile, err);
            String symbol = corrected.corrigendumSymbol(compared.now().issued());
            write(compared.now(), symbol, day, instructions, out, err);
            return ExitCodes.OK;
        } catch (Refused e) {
            return e.exitCode;
        }
    }

    /** File ▸ Export Corrigendum…: the corrigendum to FILE's document as last issued (or --against), recorded. */
    private int ofIssued(Path file, LocalDate day, PrintWriter out, PrintWriter err) throws Refused {
        UpdatedFile updated = ComparedFiles.readOne(loader, file, output, !noRecord, force, err);
        Meeting now = updated.meeting();
        int chosen = IssuedChoice.indexOf(now, against, file, err);
        // the window's rule for what a corrigendum corrects, as if the chosen version were the last issued
        CorrectedDocument corrected = CorrectedDocument.lastIssued(new Meeting(now.details(), now.agenda(),
                now.organization(), now.issued().subList(0, chosen + 1))).orElseThrow();
        List<Instruction> instructions = instructions(corrected, now, "Nothing has changed in " + file + " since "
                + IssuedChoice.named(now.issued().get(chosen)), err);
        String symbol = corrected.corrigendumSymbol(now.issued());
        Meeting issued = IssueCommand.record(new IssueVersion(symbol, day, IssueKind.CORRIGENDUM), now, err);
        write(now, symbol, day, instructions, out, err);
        return updated.recordIssued(issued, out, err);
    }

    private static List<Instruction> instructions(CorrectedDocument corrected, Meeting now, String unchanged,
                                                  PrintWriter err) throws Refused {
        List<Instruction> instructions = corrected.instructionsFor(now);
        if (instructions.isEmpty()) {
            throw Refused.saying(err, unchanged + ": there is nothing to correct. Nothing was written.",
                    ExitCodes.ERRORS);
        }
        return instructions;
    }

    private void write(Meeting now, String symbol, LocalDate day, List<Instruction> instructions, PrintWriter out,
                       PrintWriter err) throws Refused {
        ComparedFiles.writeDocument(() -> CorrigendumExport.export(now, symbol, day, instructions, output,
                new ExportOptions(emblem)), err);
        out.println(Printable.of("Wrote " + symbol + " (" + instructions.size()
                + (instructions.size() == 1 ? " instruction" : " instructions") + ") in "
                + output.toAbsolutePath().normalize()));
        out.flush();
    }
}
