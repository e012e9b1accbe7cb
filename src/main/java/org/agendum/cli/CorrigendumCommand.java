package org.agendum.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.agendum.corrigendum.CorrectedDocument;
import org.agendum.corrigendum.Instruction;
import org.agendum.docx.CorrigendumExport;
import org.agendum.docx.EmblemImageException;
import org.agendum.docx.ExportOptions;
import org.agendum.typography.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code agendum corrigendum OLD NEW -o CORR.docx}: a corrigendum to OLD, written from what NEW changed. */
@Command(name = "corrigendum",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        description = {
            "Writes a corrigendum (OLD's symbol with /Corr.N, the next number NEW's issued versions leave free) in "
                    + "the UN's form: the masthead and title block, \"Corrigendum\", then one instruction per change "
                    + "from OLD to NEW (\"Item 4, title / For ... read ...\").",
            "Prints the symbol and where it wrote the document. Nothing is written when the two meetings do not "
                    + "differ (exit code 1).",
            "A meeting with errors is not used: its errors are listed on standard error and the exit code is 1, "
                    + "unless --force is given."
        })
final class CorrigendumCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The meeting file as issued.")
    Path oldFile;

    @Parameters(index = "1", paramLabel = "NEW", description = "The meeting file as corrected.")
    Path newFile;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "CORR.docx",
            description = "Where to write the Word document (an existing file is replaced; never a meeting file "
                    + "or any *.agendum name, nor a device).")
    Path output;

    @Option(names = "--emblem", paramLabel = "IMAGE",
            description = "A PNG, JPEG or GIF picture of the UN emblem for the masthead.")
    Path emblem;

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
        ComparedFiles files;
        try {
            files = ComparedFiles.read(loader, oldFile, newFile, output, force, err);
        } catch (ComparedFiles.Refused e) {
            return e.exitCode;
        }
        CorrectedDocument corrected = new CorrectedDocument(files.old().details().masthead().symbol(), files.old());
        List<Instruction> instructions = corrected.instructionsFor(files.now());
        if (instructions.isEmpty()) {
            err.println(Printable.of("agendum: " + newFile + " does not differ from " + oldFile
                    + ": there is nothing to correct. Nothing was written."));
            err.flush();
            return ExitCodes.ERRORS;
        }
        String symbol = corrected.corrigendumSymbol(files.now().issued());
        try {
            CorrigendumExport.export(files.now(), symbol, LocalDate.now(), instructions, output,
                    new ExportOptions(emblem));
        } catch (EmblemImageException e) {
            err.println(Printable.of("agendum: " + e.getMessage()));
            err.flush();
            return ExitCodes.UNREADABLE;
        } catch (IOException e) {
            err.println(Printable.of("agendum: the Word document was not written: " + e.getMessage()));
            err.flush();
            return ExitCodes.UNWRITABLE;
        }
        out.println(Printable.of("Wrote " + symbol + " (" + instructions.size() + " instructions) in "
                + output.toAbsolutePath().normalize()));
        out.flush();
        return ExitCodes.OK;
    }
}
